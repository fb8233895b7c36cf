import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnouncementPage, AnnouncementSummary } from "../../src/shared/schemas/announcement";
import type { Ward, WardList } from "../../src/shared/schemas/ward";
import demo from "../../src/server/db/seed/demo/hoa-cuong-announcements.json";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url, headers });

// What the seed file says residents should see now, worked out from the file, not from the API.
const visibleSeed = demo.announcements.filter((a) => a.publishHoursAgo > 0 && (a.expireInDays === null || a.expireInDays > 0));
const hiddenSeed = demo.announcements.filter((a) => !visibleSeed.includes(a));

async function allPages(query: string): Promise<AnnouncementSummary[]> {
  const items: AnnouncementSummary[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res = await get(`/api/v1/wards/hoa-cuong/announcements?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<AnnouncementPage>();
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return items;
  }
  throw new Error("pagination did not end");
}

describe("wards", () => {
  it("lists the demo ward", async () => {
    const res = await get("/api/v1/wards");
    expect(res.statusCode).toBe(200);
    expect(res.json<WardList>().items).toContainEqual({ slug: "hoa-cuong", name: "Phường Hòa Cường", province: "Thành phố Đà Nẵng", isDemo: true });
  });

  it("returns a ward with its offices, hours and the four former wards", async () => {
    const ward = (await get("/api/v1/wards/hoa-cuong")).json<Ward>();
    expect(ward.formerUnits.map((u) => u.name)).toEqual([
      "Phường Hòa Thuận Tây",
      "Phường Bình Thuận",
      "Phường Hòa Cường Bắc",
      "Phường Hòa Cường Nam",
    ]);
    expect(ward.offices.some((o) => o.kind === "police")).toBe(true);
    expect(ward.offices[0]?.hours[0]).toMatchObject({ open: expect.stringMatching(/^\d\d:\d\d$/) });
    expect(ward.hotline).toBeTruthy();
  });

  it("answers an unknown ward with a 404 JSON error that names it", async () => {
    const res = await get("/api/v1/wards/khong-co");
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ statusCode: 404, code: "NOT_FOUND", message: expect.stringContaining("khong-co") });
  });

  it("rejects a malformed ward slug with 400", async () => {
    const res = await get("/api/v1/wards/Hoa%20Cuong");
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/ward/);
  });
});

describe("announcements list", () => {
  it("shows exactly the published, unexpired announcements", async () => {
    const items = await allPages("limit=50");
    expect(items.map((a) => a.title).sort()).toEqual(visibleSeed.map((a) => a.title).sort());
    for (const hidden of hiddenSeed) expect(items.map((a) => a.title)).not.toContain(hidden.title);
  });

  it("puts pinned first, then newest first", async () => {
    const items = await allPages("limit=50");
    const pinnedCount = items.filter((a) => a.pinned).length;
    expect(pinnedCount).toBe(visibleSeed.filter((a) => a.pinned).length);
    expect(items.slice(0, pinnedCount).every((a) => a.pinned)).toBe(true);
    for (const group of [items.slice(0, pinnedCount), items.slice(pinnedCount)]) {
      const times = group.map((a) => Date.parse(a.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("pages with a cursor without losing or repeating an item", async () => {
    const whole = await allPages("limit=50");
    const paged = await allPages("limit=3");
    expect(paged.map((a) => a.id)).toEqual(whole.map((a) => a.id));
  });

  it("filters by category", async () => {
    const items = await allPages("category=scam-alert&limit=50");
    expect(items.length).toBe(visibleSeed.filter((a) => a.category === "scam-alert").length);
    expect(items.every((a) => a.category === "scam-alert")).toBe(true);
  });

  it.each([
    ["limit=abc", /limit/],
    ["limit=0", /limit/],
    ["limit=51", /limit/],
    ["category=khac", /category/],
    ["cursor=!!", /cursor/],
    ["cursor=bm90LWpzb24", /cursor/],
    [`cursor=${Buffer.from(JSON.stringify([1, "not a date", 3])).toString("base64url")}`, /cursor/],
    ["limit=10&foo=1", /foo|additional/i],
  ])("rejects %s with a 400 that says what to fix", async (query, field) => {
    const res = await get(`/api/v1/wards/hoa-cuong/announcements?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(field) });
  });

  it("answers an unknown ward with 404", async () => {
    expect((await get("/api/v1/wards/khong-co/announcements")).statusCode).toBe(404);
  });

  it("sends an ETag and Cache-Control, and 304 for If-None-Match", async () => {
    const first = await get("/api/v1/wards/hoa-cuong/announcements");
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers["cache-control"]).toMatch(/max-age=\d+/);
    const again = await get("/api/v1/wards/hoa-cuong/announcements", { "if-none-match": String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });
});

describe("one announcement", () => {
  it("returns the body as Markdown and sanitised HTML", async () => {
    const [first] = await allPages("limit=1");
    const res = await get(`/api/v1/wards/hoa-cuong/announcements/${first?.id}`);
    expect(res.statusCode).toBe(200);
    const seed = demo.announcements.find((a) => a.title === first?.title);
    expect(res.json()).toMatchObject({ title: seed?.title, body: seed?.body, bodyHtml: expect.stringContaining("<p>") });
    expect(res.headers.etag).toBeTruthy();
  });

  it("hides scheduled and expired announcements", async () => {
    const rows = await t.db.query<{ id: number }>(
      "select id from announcements where seed_key = any($1::text[])",
      [hiddenSeed.map((a) => a.key)],
    );
    expect(rows.length).toBe(hiddenSeed.length);
    for (const { id } of rows) {
      const res = await get(`/api/v1/wards/hoa-cuong/announcements/${id}`);
      expect(res.statusCode).toBe(404);
    }
  });

  it.each([
    ["/api/v1/wards/hoa-cuong/announcements/999999", 404],
    ["/api/v1/wards/hoa-cuong/announcements/abc", 400],
    ["/api/v1/wards/hoa-cuong/announcements/-1", 400],
    ["/api/v1/wards/hoa-cuong/announcements/99999999999999", 400],
    ["/api/v1/wards/khong-co/announcements/1", 404],
  ])("%s → %i JSON", async (url, status) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toEqual(expect.any(String));
  });
});
