import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { captureLogs, startTestApp, type TestApp } from "./test-app";

// Finding 10 and the notes: bad input is a 4xx that names the field, for anyone, before any SQL;
// an anonymous caller is told to sign in before anything about the body; search terms stay out of logs.

let t: TestApp;
let editor: SignedIn;
const { lines: logs, logger } = captureLogs("info");
const W = "/api/v1/wards/hoa-cuong";
const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" }, { logger });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

type Answer = { statusCode: number; json: () => { message: string; code: string; field?: string } };
const expect4xxNaming = (res: Answer, field: string) => {
  expect(res.statusCode, JSON.stringify(res.json())).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  expect(res.json().message).toContain(field);
};

describe("NUL, control characters and blank strings (finding 10)", () => {
  it("a NUL byte in the login is a 400 naming the field", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: "a\u0000b", password: "x" } });
    expect(res.statusCode).toBe(400);
    expect4xxNaming(res, "login");
  });

  it.each([
    ["a NUL", "Thông báo\u0000"],
    ["a control character", "Thông\u001bbáo"],
    ["only spaces", "     "],
  ])("a title with %s is a 400 naming the field", async (_what, title) => {
    const res = await as(t.app, editor, { method: "POST", url: `${W}/announcements`, payload: { title, body: "Nội dung", category: "notice" } });
    expect(res.statusCode).toBe(400);
    expect4xxNaming(res, "title");
    expect(res.json().field).toBe("title");
  });

  it("a body with a NUL or only spaces is a 400; new lines and tabs are fine", async () => {
    for (const body of ["Dòng 1\u0000", " \n\t "]) {
      const res = await as(t.app, editor, { method: "POST", url: `${W}/announcements`, payload: { title: "Tiêu đề", body, category: "notice" } });
      expect4xxNaming(res, "body");
    }
    const ok = await as(t.app, editor, { method: "POST", url: `${W}/announcements`, payload: { title: "Tiêu đề", body: "Dòng 1\n\tDòng 2", category: "notice" } });
    expect(ok.statusCode).toBe(201);
  });

  it("a NUL in a search term is a 400, not a 500", async () => {
    expect4xxNaming(await t.app.inject(`${W}/procedures?q=khai%00sinh`), "q");
    expect4xxNaming(await as(t.app, editor, { url: `${W}/manage/announcements?q=a%00b` }), "q");
  });
});

describe("impossible cursors and numbers (finding 10)", () => {
  it.each([
    ["month 13", cursor([0, "2026-13-01T00:00:00.000Z", 5])],
    ["an id above int32", cursor([0, "2026-11-01T00:00:00.000Z", 2 ** 31])],
    ["year +275760", cursor([0, "+275760-09-13T00:00:00.000Z", 5])],
    ["a negative id", cursor([1, "2026-11-01T00:00:00.000Z", -1])],
  ])("an announcements cursor with %s is a 400 naming cursor", async (_what, value) => {
    const res = await t.app.inject(`${W}/announcements?cursor=${value}`);
    expect(res.statusCode).toBe(400);
    expect4xxNaming(res, "cursor");
  });

  it("a procedures cursor beyond any list is a 400", async () => {
    expect((await t.app.inject(`${W}/procedures?cursor=${cursor([1e20])}`)).statusCode).toBe(400);
  });

  it("an audit page before=1e20 is a 400 naming before", async () => {
    const res = await as(t.app, editor, { url: `${W}/audit?before=1e20` });
    expect(res.statusCode).toBe(400);
    expect4xxNaming(res, "before");
  });
});

describe("the notes of the attack report", () => {
  it("an anonymous request with an invalid body gets 401, not the schema's complaint", async () => {
    for (const [method, url] of [["POST", `${W}/announcements`], ["PATCH", "/api/v1/staff/1"], ["PUT", "/api/v1/guides/x"], ["PATCH", `${W}/teams/x`]] as const) {
      const res = await t.app.inject({ method, url, headers: { "content-type": "application/json" }, payload: '{"nonsense": ' });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("an enum's message names the allowed values, in Vietnamese and then English", async () => {
    const res = await as(t.app, editor, { method: "POST", url: `${W}/announcements`, payload: { title: "Tiêu đề", body: "x", category: "tin-vit" } });
    expect(res.statusCode).toBe(400);
    const { message } = res.json<{ message: string }>();
    expect(message).not.toMatch(/equal to constant/);
    expect(message).toMatch(/category/);
    expect(message).toMatch(/notice/);
    expect(message).toMatch(/phải là một trong.*\(.*must be one of/s);
  });
});

describe("access logs (finding 16)", () => {
  it("keep residents' search terms out of the request URL that is logged", async () => {
    await t.app.inject(`${W}/procedures?q=ly%20hon%20don%20phuong&limit=5`);
    const lines = logs.filter((l) => l.includes("/procedures?"));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("")).not.toMatch(/ly%20hon|ly hon/);
    expect(lines.join("")).toMatch(/q=\[redacted\]/);
  });
});
