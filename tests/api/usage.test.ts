import type { UsageStats } from "../../src/shared/schemas/usage";
import { MAX_ROWS_PER_WARD_DAY } from "../../src/server/repositories/usage";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

const clock = () => new Date("2026-12-01T10:00:00+07:00");
let t: TestApp;
let editor: SignedIn;
let otherWard: SignedIn;
beforeAll(async () => {
  t = await startTestApp({}, { clock });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
  otherWard = await signIn(t.app, "editor-other");
});
afterAll(async () => t?.close());

const send = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/wards/hoa-cuong/events", payload: payload as Record<string, unknown>, headers });
const stats = async (query = "from=2026-11-25&to=2026-12-01") => {
  const res = await as(t.app, editor, { method: "GET", url: `/api/v1/wards/hoa-cuong/manage/stats?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<UsageStats>();
};

describe("POST /wards/{ward}/events", () => {
  it("counts a batch per day, and the staff's stats add it up", async () => {
    const res = await send(
      {
        events: [
          { type: "screen", screen: "home" },
          { type: "screen", screen: "home" },
          { type: "screen", screen: "procedures" },
          { type: "open", kind: "procedure", id: "dang-ky-khai-sinh" },
          { type: "open", kind: "procedure", id: "dang-ky-khai-sinh" },
          { type: "open", kind: "guide", id: "vneid-dang-ky-muc-1" },
          { type: "search", area: "procedures", results: 4 },
          { type: "search", area: "procedures", results: 0, query: "  Xin GIẤY   phép nuôi chó " },
          { type: "search", area: "procedures", results: 0, query: "cccd 048123456789" },
          { type: "guide-step", guide: "vneid-dang-ky-muc-1", step: 1 },
          { type: "guide-step", guide: "vneid-dang-ky-muc-1", step: 2 },
          { type: "guide-step", guide: "vneid-dang-ky-muc-1", step: 1 },
          { type: "guide-finished", guide: "vneid-dang-ky-muc-1" },
          { type: "helpful", kind: "procedure", id: "dang-ky-khai-sinh", helpful: true },
          { type: "helpful", kind: "procedure", id: "dang-ky-khai-sinh", helpful: false },
          { type: "helpful", kind: "procedure", id: "dang-ky-khai-sinh", helpful: true },
        ],
      },
      { "x-forwarded-for": "203.0.113.77", "user-agent": "Zalo/Android 0912345678" },
    );
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: 16 });
    // A phone that was offline sends yesterday's counts later.
    expect((await send({ day: "2026-11-30", events: [{ type: "screen", screen: "home" }] })).statusCode).toBe(202);

    const s = await stats();
    expect(s.from).toBe("2026-11-25");
    expect(s.perDay).toEqual([
      { day: "2026-11-30", screens: 1, opens: 0, searches: 0 },
      { day: "2026-12-01", screens: 3, opens: 3, searches: 3 },
    ]);
    expect(s.screens).toEqual([{ screen: "home", count: 3 }, { screen: "procedures", count: 1 }]);
    expect(s.mostOpened).toEqual([
      { kind: "procedure", id: "dang-ky-khai-sinh", count: 2 },
      { kind: "guide", id: "vneid-dang-ky-muc-1", count: 1 },
    ]);
    expect(s.searches).toEqual([{ area: "procedures", count: 3 }]);
    // Normalised, and a long number (an ID card typed into search) never kept.
    expect(s.emptySearches).toEqual(
      expect.arrayContaining([
        { area: "procedures", query: "xin giấy phép nuôi chó", count: 1 },
        { area: "procedures", query: "cccd #", count: 1 },
      ]),
    );
    expect(s.guideSteps).toEqual([{ guide: "vneid-dang-ky-muc-1", finished: 1, steps: [{ step: 1, reached: 2 }, { step: 2, reached: 1 }] }]);
    expect(s.helpful).toEqual([{ kind: "procedure", id: "dang-ky-khai-sinh", yes: 2, no: 1 }]);
    // Staff read titles, not slugs: each counted procedure and guide is named as residents see it.
    const [procedure] = await t.db.query<{ name: string }>("select name from procedures where slug = 'dang-ky-khai-sinh'");
    const [guide] = await t.db.query<{ title: string }>("select title from guides where slug = 'vneid-dang-ky-muc-1'");
    expect(s.titles).toEqual({ "procedure:dang-ky-khai-sinh": procedure?.name, "guide:vneid-dang-ky-muc-1": guide?.title });
    expect(s.titles["procedure:dang-ky-khai-sinh"]).toMatch(/khai sinh/i);
  });

  it("keeps no user, device or address: only ward, day, what and how many", async () => {
    const columns = await t.db.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'usage_counts' order by ordinal_position",
    );
    expect(columns.map((c) => c.column_name)).toEqual(["ward_slug", "day", "metric", "subject", "detail", "count"]);
    const everything = JSON.stringify(await t.db.query("select * from usage_counts"));
    expect(everything).not.toContain("203.0.113.77");
    expect(everything).not.toContain("0912345678");
    expect(everything).not.toContain("048123456789");
  });

  it("refuses anything but the strict shape, with a message saying what to fix", async () => {
    const bad = async (payload: unknown, status = 400) => {
      const res = await send(payload);
      expect(res.statusCode).toBe(status);
      expect(res.json<{ message: string }>().message).toMatch(/[ạảãáàâầấậẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
    };
    await bad({ events: [{ type: "screen", screen: "home", userId: "u-1" }] });
    await bad({ events: [{ type: "screen", screen: "home" }], deviceId: "d-1" });
    await bad({ events: [{ type: "search", area: "procedures", results: 3, query: "khai sinh" }] });
    await bad({ events: [{ type: "search", area: "procedures", results: 0 }] });
    await bad({ events: [] });
    await bad({ events: Array.from({ length: 101 }, () => ({ type: "screen", screen: "home" })) });
    await bad({ day: "2026-12-02", events: [{ type: "screen", screen: "home" }] }, 422);
    await bad({ day: "2026-11-20", events: [{ type: "screen", screen: "home" }] }, 422);
    await bad({ day: "2026-02-30", events: [{ type: "screen", screen: "home" }] });
    const big = await send({ events: [{ type: "search", area: "procedures", results: 0, query: "x".repeat(100) }], pad: "y".repeat(20_000) });
    expect(big.statusCode).toBe(413);
    const text = await t.app.inject({ method: "POST", url: "/api/v1/wards/hoa-cuong/events", payload: "screen=home", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(text.statusCode).toBe(415);
    const unknownWard = await t.app.inject({ method: "POST", url: "/api/v1/wards/khong-co/events", payload: { events: [{ type: "screen", screen: "home" }] } });
    expect(unknownWard.statusCode).toBe(404);
  });

  it("stops adding new rows for a day past the cap, while existing ones still count", async () => {
    await t.db.query(
      `insert into usage_counts (ward_slug, day, metric, subject, detail, count)
       select 'hoa-cuong', '2026-11-29', 'open', 'procedure:p-' || n, '', 1 from generate_series(1, $1::int) n`,
      [MAX_ROWS_PER_WARD_DAY],
    );
    const res = await send({
      day: "2026-11-29",
      events: [
        { type: "open", kind: "procedure", id: "p-1" },
        { type: "search", area: "procedures", results: 0, query: "một câu chưa từng có" },
      ],
    });
    expect(res.statusCode).toBe(202);
    const rows = await t.db.query<{ subject: string; count: number }>(
      "select subject, count from usage_counts where day = '2026-11-29' and (subject = 'procedure:p-1' or metric like 'search%')",
    );
    expect(rows).toEqual([{ subject: "procedure:p-1", count: 2 }]);
    await t.db.query("delete from usage_counts where day = '2026-11-29'");
  });
});

describe("GET /wards/{ward}/manage/stats", () => {
  it("is for the ward's staff only, checked before the query", async () => {
    const anonymous = await t.app.inject("/api/v1/wards/hoa-cuong/manage/stats?from=not-a-day");
    expect(anonymous.statusCode).toBe(401);
    const other = await as(t.app, otherWard, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/stats" });
    expect(other.statusCode).toBe(403);
    expect((await t.app.inject("/api/v1/wards/hoa-cuong/manage/stats.csv")).statusCode).toBe(401);
  });

  it("checks the period: real days, in order, at most a year; the last 30 days by default", async () => {
    const status = async (query: string) => (await as(t.app, editor, { method: "GET", url: `/api/v1/wards/hoa-cuong/manage/stats?${query}` })).statusCode;
    expect(await status("from=2026-12-01&to=2026-11-01")).toBe(422);
    expect(await status("from=2025-01-01&to=2026-12-01")).toBe(422);
    expect(await status("from=2026-13-01")).toBe(400);
    expect(await status("from=2026-11-01&extra=1")).toBe(400);
    const byDefault = await stats("");
    expect([byDefault.from, byDefault.to]).toEqual(["2026-11-02", "2026-12-01"]);
    expect(byDefault.perDay.map((d) => d.day)).toEqual(["2026-11-30", "2026-12-01"]);
  });

  it("exports the daily counts as CSV a spreadsheet opens safely", async () => {
    await send({ events: [{ type: "search", area: "guides", results: 0, query: "=HYPERLINK(\"x\"), rồi" }] });
    const res = await as(t.app, editor, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/stats.csv?from=2026-11-30&to=2026-12-01" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain("thong-ke-hoa-cuong-2026-11-30-2026-12-01.csv");
    const lines = res.body.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("day,metric,subject,detail,count");
    expect(lines).toContain("2026-11-30,screen,home,,1");
    expect(lines).toContain("2026-12-01,open,procedure:dang-ky-khai-sinh,,2");
    expect(lines).toContain("2026-12-01,search-empty,procedures,xin giấy phép nuôi chó,1");
    expect(lines).toContain('2026-12-01,search-empty,guides,"\'=hyperlink(""x""), rồi",1');
  });
});

describe("rate limit of the events", () => {
  it("answers 429 past 30 batches a minute from one address", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await send({ events: [{ type: "screen", screen: "home" }] })).statusCode);
    expect(codes.filter((c) => c === 202).length).toBeLessThanOrEqual(30);
    expect(codes.at(-1)).toBe(429);
  });
});
