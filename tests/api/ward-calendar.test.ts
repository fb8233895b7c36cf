import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditPage } from "../../src/shared/schemas/audit";
import type { Ward } from "../../src/shared/schemas/ward";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let admin: SignedIn;
let editor: SignedIn;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" });
  await createStaffFixtures(t.db);
  admin = await signIn(t.app, "admin-hc");
  editor = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

const ward = async () => (await t.app.inject(W)).json<Ward>();

describe("the ward's office calendar: hours with breaks, Saturday mornings, holidays", () => {
  it("residents get the demo ward's holidays in date order, and an office with a lunch break and Saturday morning", async () => {
    const w = await ward();
    expect(w.holidays.length).toBeGreaterThan(5);
    expect(w.holidays.map((h) => h.date)).toEqual([...w.holidays.map((h) => h.date)].sort());
    expect(w.holidays).toContainEqual({ date: "2026-09-02", name: "Quốc khánh" });
    const oneStop = w.offices.find((o) => o.kind === "people-committee");
    expect(oneStop?.hours).toContainEqual({ days: [6], open: "07:30", close: "11:30" });
  });

  it("an admin replaces hours and holidays; the version goes up and the change is audited", async () => {
    const before = await ward();
    const offices = before.offices.map((o, i) => (i === 0 ? { ...o, hours: [{ days: [1, 2, 3, 4, 5], open: "07:00", close: "11:00" }, { days: [1, 2, 3, 4, 5], open: "13:00", close: "17:00" }] } : o));
    const holidays = [{ date: "2027-02-08", name: "Tết Nguyên đán" }, { date: "2026-12-31", name: "Phường tổng vệ sinh" }];
    const res = await as(t.app, admin, { method: "PATCH", url: W, payload: { version: before.version, offices, holidays } });
    expect(res.statusCode).toBe(200);
    const after = await ward();
    expect(after.version).toBe(before.version + 1);
    expect(after.holidays).toEqual([holidays[1], holidays[0]]);
    expect(after.offices[0]?.hours[0]).toEqual({ days: [1, 2, 3, 4, 5], open: "07:00", close: "11:00" });
    const audit = (await as(t.app, admin, { url: `${W}/audit?limit=1` })).json<AuditPage>();
    expect(audit.items[0]).toMatchObject({ entity: "ward", action: "update", after: { holidays: [holidays[1], holidays[0]] } });

    const stale = await as(t.app, admin, { method: "PATCH", url: W, payload: { version: before.version, holidays: [] } });
    expect(stale.statusCode).toBe(409);
  });

  it.each([
    ["a date that is not on the calendar", { holidays: [{ date: "2026-02-30", name: "Sai ngày" }] }, 422, "không có trên lịch"],
    ["the same day twice", { holidays: [{ date: "2026-09-02", name: "A" + "b" }, { date: "2026-09-02", name: "Quốc khánh" }] }, 422, "hai lần"],
    ["a badly written date", { holidays: [{ date: "2/9/2026", name: "Quốc khánh" }] }, 400, ""],
    ["a period that closes before it opens", "backwards", 422, "trước giờ đóng cửa"],
  ])("refuses %s with a Vietnamese message", async (_what, change, status, text) => {
    const current = await ward();
    const payload =
      change === "backwards"
        ? { version: current.version, offices: current.offices.map((o, i) => (i === 0 ? { ...o, hours: [{ days: [1], open: "17:00", close: "07:30" }] } : o)) }
        : { version: current.version, ...(change as object) };
    const res = await as(t.app, admin, { method: "PATCH", url: W, payload });
    expect(res.statusCode).toBe(status);
    if (text) expect(res.json<{ message: string }>().message).toContain(text);
    expect((await ward()).version).toBe(current.version);
  });

  it("an editor may not change the ward's calendar", async () => {
    const current = await ward();
    const res = await as(t.app, editor, { method: "PATCH", url: W, payload: { version: current.version, holidays: [] } });
    expect(res.statusCode).toBe(403);
  });
});
