import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedSearchTerms, PublicSearchTerms, SearchMisses, SearchResult } from "../../src/shared/schemas/search";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let editor: SignedIn;
let now = new Date("2026-12-01T16:30:00Z"); // 23:30 in Vietnam
const W = "/api/v1/wards/hoa-cuong";
const search = async (q: string, limit?: number) => {
  const res = await t.app.inject(`${W}/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ""}`);
  return { status: res.statusCode, body: res.json<SearchResult>(), headers: res.headers };
};
const misses = async (days?: number) => (await as(t.app, editor, { url: `${W}/manage/search-misses${days ? `?days=${days}` : ""}` })).json<SearchMisses>().items;

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "100000" }, { clock: () => now });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

describe("GET /search", () => {
  it("answers a no-diacritics VNeID problem with the guide first", async () => {
    const { status, body, headers } = await search("quen passcode vneid");
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ kind: "guide", id: "vneid-quen-passcode", title: expect.stringContaining("passcode") });
    expect(body.items[0]?.terms).toEqual(expect.arrayContaining(["passcode", "vneid"]));
    expect(headers["cache-control"]).toBe("private, no-cache");
  });

  it("ranks across kinds: procedures from situations, teams by a former ward name, contacts", async () => {
    expect((await search("người nhà mất ở bệnh viện")).body.items[0]).toMatchObject({ kind: "procedure" });
    expect((await search("người nhà mất ở bệnh viện")).body.items.slice(0, 3).map((i) => i.id)).toContain("dang-ky-khai-tu");
    const former = (await search("hoa thuan tay", 30)).body.items;
    expect(former.some((i) => i.kind === "team")).toBe(true);
    expect(former.some((i) => i.kind === "area")).toBe(true);
    expect((await search("đường dây nóng")).body.items.map((i) => `${i.kind}:${i.id}`)).toContain("contact:hotline");
  });

  it("respects the limit and refuses a bad one or a missing q", async () => {
    expect((await search("đăng ký", 3)).body.items).toHaveLength(3);
    expect((await t.app.inject(`${W}/search?q=x&limit=0`)).statusCode).toBe(400);
    expect((await t.app.inject(`${W}/search`)).statusCode).toBe(400);
    expect((await t.app.inject(`${W}/search?q=${"a".repeat(201)}`)).statusCode).toBe(400);
    expect((await t.app.inject(`/api/v1/wards/khong-co/search?q=x`)).statusCode).toBe(404);
  });

  it("when nothing fits: no items, the closest ones as suggestions, and the miss counted without identity", async () => {
    const { body } = await search("Giấy   XYZQ qwzx");
    expect(body.items).toEqual([]);
    await search("giấy xyzq qwzx");
    const counted = await misses();
    // 23:30 in Vietnam is still 1 December there.
    expect(counted).toContainEqual({ day: "2026-12-01", query: "giấy xyzq qwzx", count: 2 });
    const columns = await t.db.query<{ column_name: string }>("select column_name from information_schema.columns where table_name = 'search_misses'");
    expect(columns.map((c) => c.column_name).sort()).toEqual(["count", "day", "query", "ward_slug"]);
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.every((s) => s.title.length > 0)).toBe(true);
  });

  it("does not count a found search, an empty one or punctuation", async () => {
    const before = (await misses()).length;
    await search("khai sinh");
    await search("   ");
    await search("?!?");
    expect((await misses()).length).toBe(before);
  });

  it("keeps misses per day and lists the days asked for", async () => {
    now = new Date("2026-12-05T03:00:00Z");
    await search("xyzq qwzx hôm nay");
    editor = await signIn(t.app, "editor-hc"); // the session started four days earlier has lapsed
    const recent = await misses(1);
    expect(recent.map((m) => m.day)).toEqual(["2026-12-05"]);
    expect((await misses(30)).some((m) => m.day === "2026-12-01")).toBe(true);
    expect((await t.app.inject(`${W}/manage/search-misses`)).statusCode).toBe(401);
  });
});

describe("the ward's own search terms", () => {
  it("are added to the search at once, versioned and audited", async () => {
    expect((await search("giấy đi đường")).body.items[0]?.id).not.toBe("khai-bao-tam-vang");
    const current = (await as(t.app, editor, { url: `${W}/manage/search-terms` })).json<ManagedSearchTerms>();
    expect(current).toMatchObject({ entries: [], version: null });
    const entries = [{ typed: ["giấy đi đường"], means: ["tạm vắng"], targets: ["procedure:khai-bao-tam-vang"] }];
    const saved = await as(t.app, editor, { method: "PUT", url: `${W}/search-terms`, payload: { version: null, entries } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<ManagedSearchTerms>()).toMatchObject({ entries, version: 1 });
    expect((await search("giấy đi đường")).body.items[0]).toMatchObject({ kind: "procedure", id: "khai-bao-tam-vang" });
    expect((await t.app.inject(`${W}/search-terms`)).json<PublicSearchTerms>()).toEqual({ entries });
    const [audit] = await t.db.query<{ entity: string; staff_login: string }>("select entity, staff_login from audit_log where entity = 'search-terms'");
    expect(audit).toEqual({ entity: "search-terms", staff_login: "editor-hc" });
  });

  it("refuses a stale version (409) and an entry that leads nowhere (422), in Vietnamese first", async () => {
    const stale = await as(t.app, editor, { method: "PUT", url: `${W}/search-terms`, payload: { version: null, entries: [] } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ message: string }>().message).toMatch(/^Danh sách từ tìm kiếm vừa được người khác sửa/);
    const nowhere = await as(t.app, editor, { method: "PUT", url: `${W}/search-terms`, payload: { version: 1, entries: [{ typed: ["abc"], means: [], targets: [] }] } });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json<{ message: string }>().message).toMatch(/^Dòng 1: hãy ghi nghĩa/);
    const badTarget = await as(t.app, editor, { method: "PUT", url: `${W}/search-terms`, payload: { version: 1, entries: [{ typed: ["abc"], means: [], targets: ["javascript:alert"] }] } });
    expect(badTarget.statusCode).toBe(400);
  });
});
