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

describe("authorisation matrix", () => {
  type Who = "anonymous" | "other" | "editor" | "admin";
  // Each state-changing or staff-only route, and the status each kind of caller must get.
  const routes: { name: string; ok: number; call: (who: SignedIn | null, a: ManagedAnnouncement) => ReturnType<typeof as> }[] = [
    { name: "create", ok: 201, call: (who) => as(t.app, who, { method: "POST", url: `${W}/announcements`, payload: { title: "Mới", body: "Nội dung", category: "notice" } }) },
    { name: "edit", ok: 200, call: (who, a) => as(t.app, who, { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "Đã sửa" } }) },
    { name: "publish", ok: 200, call: (who, a) => as(t.app, who, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } }) },
    { name: "withdraw", ok: 200, call: async (who, a) => {
      const published = (await as(t.app, staff.admin, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } })).json<ManagedAnnouncement>();
      return as(t.app, who, { method: "POST", url: `${W}/announcements/${a.id}/withdraw`, payload: { version: published.version } });
    } },
    { name: "list drafts", ok: 200, call: (who) => as(t.app, who, { url: `${W}/manage/announcements` }) },
    { name: "audit", ok: 200, call: (who) => as(t.app, who, { url: `${W}/audit` }) },
  ];
  const expected: Record<Who, (ok: number) => number> = { anonymous: () => 401, other: () => 403, editor: (ok) => ok, admin: (ok) => ok };
  const cells = routes.flatMap((r) => (Object.keys(expected) as Who[]).map((who) => [r.name, who] as const));

  it.each(cells)("%s as %s", async (name, who) => {
    const route = routes.find((r) => r.name === name);
    if (!route) throw new Error(name);
    const a = await draft();
    const res = await route.call(who === "anonymous" ? null : staff[who], a);
    expect(res.statusCode).toBe(expected[who](route.ok));
    expect(res.headers["content-type"]).toMatch(/json/);
  });

  it("the preview needs a signed-in staff member", async () => {
    expect((await as(t.app, null, { method: "POST", url: "/api/v1/markdown/preview", payload: { body: "x" } })).statusCode).toBe(401);
    expect((await as(t.app, staff.other, { method: "POST", url: "/api/v1/markdown/preview", payload: { body: "**x**" } })).json().html).toContain("<strong>x</strong>");
  });
});

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
  it.each([
    ["anonymous", 401],
    ["other", 403],
    ["editor", 403],
    ["admin", 201],
  ] as const)("creating a staff account as %s → %i", async (who, status) => {
    const caller = who === "anonymous" ? null : staff[who];
    const res = await as(t.app, caller, { method: "POST", url: "/api/v1/staff", payload: { login: `new-${who}`, name: "Cán bộ mới", role: "editor", wards: ["hoa-cuong"] } });
    expect(res.statusCode).toBe(status);
    if (status === 201) {
      const password = res.json().password as string;
      expect(password.length).toBeGreaterThanOrEqual(10);
      expect((await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: "new-admin", password } })).statusCode).toBe(200);
    }
  });

  it.each([
    ["anonymous", 401],
    ["other", 403],
    ["editor", 403],
    ["admin", 200],
  ] as const)("changing ward settings as %s → %i", async (who, status) => {
    const ward = (await t.app.inject(W)).json<{ version: number }>();
    const caller = who === "anonymous" ? null : staff[who];
    const res = await as(t.app, caller, { method: "PATCH", url: W, payload: { version: ward.version, hotline: "0236 111 2222" } });
    expect(res.statusCode).toBe(status);
  });

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
