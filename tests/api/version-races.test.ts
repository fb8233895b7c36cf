import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedArea, ManagedProcedure, ManagedTeam } from "../../src/shared/schemas/content-admin";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Finding 4: the version check must hold when saves arrive together. On PGlite every transaction
// runs alone, so this is proven in the api-postgres project (TEST_DATABASE_URL), where they overlap.

let t: TestApp;
let editors: SignedIn[];
const W = "/api/v1/wards/hoa-cuong";
const BURST = 8;

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  editors = [await signIn(t.app, "editor-hc"), await signIn(t.app, "admin-hc")];
});
afterAll(async () => {
  await t?.close();
});

const burst = (make: (i: number) => Parameters<typeof as>[2]) =>
  Promise.all(Array.from({ length: BURST }, (_, i) => as(t.app, editors[i % 2] ?? null, make(i))));

const statuses = (answers: { statusCode: number }[]) => answers.map((a) => a.statusCode).sort();

describe("concurrent saves at one version", () => {
  it("teams: exactly one of a burst wins, the others get 409 with the current version", async () => {
    for (let round = 0; round < 3; round++) {
      const team = (await as(t.app, editors[0] ?? null, { url: `${W}/manage/teams` })).json<{ items: ManagedTeam[] }>().items[0];
      if (!team) throw new Error("no team");
      const answers = await burst((i) => ({ method: "PATCH", url: `${W}/teams/${team.id}`, payload: { version: team.version, meetingPlace: `Nơi họp ${round}-${i}` } }));
      expect(statuses(answers)).toEqual([200, ...Array(BURST - 1).fill(409)]);
      const stale = answers.find((a) => a.statusCode === 409);
      expect(stale?.json()).toMatchObject({ code: "STALE_VERSION", currentVersion: team.version + 1 });
    }
  });

  it("areas: exactly one of a burst wins", async () => {
    const area = (await as(t.app, editors[0] ?? null, { url: `${W}/manage/areas` })).json<{ items: ManagedArea[] }>().items[0];
    if (!area) throw new Error("no area");
    const answers = await burst((i) => ({ method: "PUT", url: `${W}/areas/${area.id}`, payload: { ...area, name: `Tổ ${i}` } }));
    expect(statuses(answers)).toEqual([200, ...Array(BURST - 1).fill(409)]);
  });

  it("a new area: exactly one of a burst creates it", async () => {
    const answers = await burst((i) => ({ method: "PUT", url: `${W}/areas/to-moi-dong-thoi`, payload: { id: "to-moi-dong-thoi", name: `Tổ mới ${i}`, formerWard: null, formerName: null, aliases: [], streets: [], teamId: null } }));
    expect(statuses(answers)).toEqual([200, ...Array(BURST - 1).fill(409)]);
  });

  it("the ward's part of a procedure: the first save of a burst wins, the rest get 409, not a silent overwrite", async () => {
    const list = (await as(t.app, editors[0] ?? null, { url: `${W}/manage/procedures` })).json<{ items: ManagedProcedure[] }>().items;
    const fresh = list.find((p) => p.version === null);
    if (!fresh) throw new Error("every procedure already has the ward's part");
    const answers = await burst((i) => ({ method: "PUT", url: `${W}/procedures/${fresh.slug}/local`, payload: { officeId: null, note: `Ghi chú ${i}`, popularRank: null, hidden: false } }));
    expect(statuses(answers)).toEqual([200, ...Array(BURST - 1).fill(409)]);
    expect(answers.find((a) => a.statusCode === 409)?.json()).toMatchObject({ currentVersion: 1 });
  });
});
