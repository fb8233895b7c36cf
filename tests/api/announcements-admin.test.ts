import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import type { AuditPage } from "../../src/shared/schemas/audit";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let now = new Date("2026-11-23T08:00:00+07:00");
const staff: Record<"admin" | "editor" | "other", SignedIn> = {} as never;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" }, { clock: () => now });
  await createStaffFixtures(t.db);
  staff.admin = await signIn(t.app, "admin-hc");
  staff.editor = await signIn(t.app, "editor-hc");
  staff.other = await signIn(t.app, "editor-other");
});
afterAll(async () => {
  await t?.close();
});

async function draft(title = "Lịch tiếp dân tuần này"): Promise<ManagedAnnouncement> {
  const res = await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements`, payload: { title, body: "**Sáng thứ Hai** tiếp dân.", category: "schedule" } });
  expect(res.statusCode).toBe(201);
  return res.json<ManagedAnnouncement>();
}
const publicTitles = async () => (await t.app.inject(`${W}/announcements?limit=50`)).json<AnnouncementPage>().items.map((a) => a.title);

// The full route × caller matrix is in authorization-matrix.test.ts.
describe("workflow", () => {
  it("a draft is invisible, publishing shows it at once, withdrawing hides it", async () => {
    const a = await draft("Thông báo kiểm thử quy trình");
    expect(await publicTitles()).not.toContain(a.title);
    const published = (await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } })).json<ManagedAnnouncement>();
    expect(published).toMatchObject({ status: "published", version: a.version + 1, publishAt: now.toISOString() });
    expect(await publicTitles()).toContain(a.title);
    await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements/${a.id}/withdraw`, payload: { version: published.version } });
    expect(await publicTitles()).not.toContain(a.title);
  });

  it("a scheduled announcement appears on time and an expired one disappears, with no background job", async () => {
    const a = await draft("Hẹn giờ: lịch tiêm chủng");
    const at = new Date(now.getTime() + 60 * 60_000).toISOString();
    const expireAt = new Date(now.getTime() + 3 * 60 * 60_000).toISOString();
    const edited = (await as(t.app, staff.editor, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, expireAt } })).json<ManagedAnnouncement>();
    const scheduled = (await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: edited.version, at } })).json<ManagedAnnouncement>();
    expect(scheduled.status).toBe("scheduled");
    const start = now;
    try {
      expect(await publicTitles()).not.toContain(a.title);
      now = new Date(start.getTime() + 61 * 60_000);
      expect(await publicTitles()).toContain(a.title);
      now = new Date(start.getTime() + 3 * 60 * 60_000 + 1_000);
      expect(await publicTitles()).not.toContain(a.title);
    } finally {
      now = start;
    }
  });

  it("two concurrent edits of the same version: one wins, the other gets 409 with a clear message", async () => {
    const a = await draft("Sửa cùng lúc");
    const [first, second] = await Promise.all([
      as(t.app, staff.editor, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "Bản của chị Lan" } }),
      as(t.app, staff.admin, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "Bản của anh Minh" } }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().message).toMatch(/người khác sửa/);
  });

  it.each([
    [{ title: "", body: "x", category: "notice" }, 400],
    [{ title: "x", body: "x", category: "tin-vui" }, 400],
    [{ title: "x", body: "x", category: "notice", extra: 1 }, 400],
    [{ title: "x".repeat(201), body: "x", category: "notice" }, 400],
  ])("rejects bad input %j with %i", async (payload, status) => {
    const res = await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements`, payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toEqual(expect.any(String));
  });

  it("422 for an expiry before the publish time, and for withdrawing a draft", async () => {
    const a = await draft();
    const past = new Date(now.getTime() - 60_000).toISOString();
    const published = (await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } })).json<ManagedAnnouncement>();
    const res = await as(t.app, staff.editor, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: published.version, expireAt: past } });
    expect(res.statusCode).toBe(422);
    const b = await draft();
    expect((await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements/${b.id}/withdraw`, payload: { version: b.version } })).statusCode).toBe(422);
  });

  it("sanitises the body: XSS attempts never reach the HTML", async () => {
    const body = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[bấm](javascript:alert(3))\n\n<a href="#" onclick="alert(4)">x</a>';
    const res = await as(t.app, staff.editor, { method: "POST", url: `${W}/announcements`, payload: { title: "XSS", body, category: "notice" } });
    const html = res.json<ManagedAnnouncement>().bodyHtml;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
  });

  it("writes the audit entry with before and after, and none for a rejected change", async () => {
    const a = await draft("Có nhật ký");
    const edited = (await as(t.app, staff.admin, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "Có nhật ký (sửa)" } })).json<ManagedAnnouncement>();
    const audit = (await as(t.app, staff.admin, { url: `${W}/audit?limit=5` })).json<AuditPage>();
    expect(audit.items[0]).toMatchObject({ staffLogin: "admin-hc", action: "update", entity: "announcement", entityId: String(a.id), before: { title: "Có nhật ký" }, after: { title: edited.title } });
    const stale = await as(t.app, staff.admin, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "cũ" } });
    expect(stale.statusCode).toBe(409);
    expect((await as(t.app, staff.admin, { url: `${W}/audit?limit=5` })).json<AuditPage>().items[0]?.id).toBe(audit.items[0]?.id);
  });
});

describe("admin-only routes", () => {
  it("a stale ward settings version gets 409, and the audit keeps the before and after", async () => {
    const ward = (await t.app.inject(W)).json<{ version: number; hotline: string }>();
    const ok = await as(t.app, staff.admin, { method: "PATCH", url: W, payload: { version: ward.version, hotline: "0236 333 4444" } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject(W)).json().hotline).toBe("0236 333 4444");
    expect((await as(t.app, staff.admin, { method: "PATCH", url: W, payload: { version: ward.version, hotline: "0236 555 6666" } })).statusCode).toBe(409);
    const entry = (await as(t.app, staff.admin, { url: `${W}/audit?limit=1` })).json<AuditPage>().items[0];
    expect(entry).toMatchObject({ entity: "ward", before: { hotline: ward.hotline }, after: { hotline: "0236 333 4444" } });
  });

  it("an editor cannot make staff even for their own ward, and an admin cannot grant a ward they do not manage", async () => {
    const res = await as(t.app, staff.admin, { method: "POST", url: "/api/v1/staff", payload: { login: "sneaky", name: "X", role: "admin", wards: ["hai-chau"] } });
    expect(res.statusCode).toBe(403);
  });
});
