import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let editor: SignedIn;
beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
});
afterAll(async () => t?.close());

// "Thông báo họp tổ" as some Vietnamese keyboards send it: base letters followed by combining marks.
const decomposed = "Thông báo họp tổ dân phố".normalize("NFD");

describe("every write is stored in NFC", () => {
  it("an announcement typed decomposed is stored composed, in the title and the body", async () => {
    expect(decomposed).not.toBe(decomposed.normalize("NFC"));
    const res = await as(t.app, editor, { method: "POST", url: "/api/v1/wards/hoa-cuong/announcements", payload: { title: decomposed, body: `Nội dung: ${decomposed}`.normalize("NFD"), category: "notice" } });
    expect(res.statusCode).toBe(201);
    const created = res.json<ManagedAnnouncement>();
    expect(created.title).toBe("Thông báo họp tổ dân phố");
    expect(created.body).toBe("Nội dung: Thông báo họp tổ dân phố");
    const [row] = await t.db.query<{ title: string }>("select title from announcements where id = $1", [created.id]);
    expect(row!.title).toBe("Thông báo họp tổ dân phố");
  });

  it("so the ward's search, typed composed, finds what was typed decomposed", async () => {
    const created = (await as(t.app, editor, { method: "POST", url: "/api/v1/wards/hoa-cuong/announcements", payload: { title: "Lịch tiêm chủng mở rộng tháng Mười Hai".normalize("NFD"), body: "Tại trạm y tế phường.", category: "notice" } })).json<ManagedAnnouncement>();
    const published = await as(t.app, editor, { method: "POST", url: `/api/v1/wards/hoa-cuong/announcements/${created.id}/publish`, payload: { version: created.version } });
    expect(published.statusCode).toBe(200);
    const found = await t.app.inject(`/api/v1/wards/hoa-cuong/search?q=${encodeURIComponent("tiêm chủng mở rộng")}`);
    expect(JSON.stringify(found.json())).toContain("Lịch tiêm chủng mở rộng tháng Mười Hai");
  });
});
