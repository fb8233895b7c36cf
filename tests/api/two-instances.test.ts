import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { openDatabase, type Database } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";
import { MAX_FAILURES } from "../../src/server/services/sign-in";
import { spreadsheetEndpoints } from "../../src/shared/api/spreadsheets";
import { wardAdminEndpoints } from "../../src/shared/api/wards";
import type { ImportReport } from "../../src/shared/schemas/list-import";
import type { Ward } from "../../src/shared/schemas/ward";
import { as, createNationalFixtures, createStaffFixtures, PASSWORD, signIn } from "./staff-session";
import { openTestDatabase, type TestDatabase } from "./test-database";

// Issue 18, several instances for a city: two API instances, each with its own connection pool and
// its own in-memory caches, on one PostgreSQL. Only in the api-postgres project (PGlite is one process).

const onPostgres = process.env.API_TEST_DB === "postgres";

describe.runIf(onPostgres)("two API instances on one PostgreSQL", () => {
  let test: TestDatabase;
  const dbs: Database[] = [];
  let a: FastifyInstance;
  let b: FastifyInstance;
  const config = () => loadConfig({ NODE_ENV: "test", RESPONSE_CACHE_TTL_MS: "0" });

  beforeAll(async () => {
    test = await openTestDatabase();
    await prepareDatabase(test.db, { demo: true });
    await createStaffFixtures(test.db);
    await createNationalFixtures(test.db);
    for (let i = 0; i < 2; i += 1) dbs.push(await openDatabase({ kind: "postgres", url: test.url }));
    a = await buildApp({ config: config(), db: dbs[0] as Database });
    b = await buildApp({ config: config(), db: dbs[1] as Database });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const db of dbs) await db.close();
    await test?.drop();
  });

  it("a change through one is read through the other, and a session opened on one works on the other", async () => {
    const admin = await signIn(a, "admin-hc");
    const ward = (await b.inject({ method: "GET", url: "/api/v1/wards/hoa-cuong" })).json<Ward>();
    const patched = await as(b, admin, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version: ward.version, hotline: "0236 3999 888" } });
    expect(patched.statusCode, patched.body).toBe(200);
    const seen = (await a.inject({ method: "GET", url: "/api/v1/wards/hoa-cuong" })).json<Ward>();
    expect(seen.hotline).toBe("0236 3999 888");
  });

  it("the same versioned edit through both at once: exactly one success and one 409 with the current version", async () => {
    const [adminA, adminB] = [await signIn(a, "admin-hc"), await signIn(b, "admin-hc")];
    const { version } = (await a.inject({ method: "GET", url: "/api/v1/wards/hoa-cuong" })).json<Ward>();
    const results = await Promise.all([
      as(a, adminA, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version, hotline: "0236 1111 111" } }),
      as(b, adminB, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version, hotline: "0236 2222 222" } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = results.find((r) => r.statusCode === 409);
    expect(conflict?.json()).toMatchObject({ code: "STALE_VERSION", currentVersion: version + 1 });
  });

  it("failed sign-ins through both instances add up to one lock that both enforce", async () => {
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      const app = i % 2 === 0 ? a : b;
      await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: "editor-hc", password: "sai-mat-khau-roi" } });
    }
    for (const app of [a, b]) {
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: "editor-hc", password: PASSWORD } });
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ code: "LOGIN_LOCKED" });
    }
  });

  it("a new ward created through both at once exists once: one 201, one 409", async () => {
    const [nA, nB] = [await signIn(a, "national"), await signIn(b, "national")];
    const payload = { slug: "thanh-khe", name: "Phường Thanh Khê", province: "Thành phố Đà Nẵng" };
    const url = `/api/v1${wardAdminEndpoints.create.url({})}`;
    const results = await Promise.all([as(a, nA, { method: "POST", url, payload }), as(b, nB, { method: "POST", url, payload })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await test.db.query("select 1 from ward_offices where ward_slug = 'thanh-khe'")).toHaveLength(1);
  });

  it("the same import through both at once is applied once: the other finds nothing left to change", async () => {
    const [eA, eB] = [await signIn(a, "admin-hc"), await signIn(b, "admin-hc")];
    const boundary = "----two-instances";
    const csv = "\uFEFFMã tổ dân phố,Tên tổ dân phố\r\nhc-song-1,Tổ dân phố 70\r\nhc-song-2,Tổ dân phố 71\r\n";
    const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${csv}\r\n--${boundary}--\r\n`);
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
    const url = `/api/v1${spreadsheetEndpoints.importList.url({ ward: "hoa-cuong", kind: "areas" })}`;
    const results = await Promise.all([as(a, eA, { method: "POST", url, payload, headers }), as(b, eB, { method: "POST", url, payload, headers })]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(results.map((r) => r.json<ImportReport>().created).sort()).toEqual([0, 2]);
    expect(await test.db.query("select 1 from residential_areas where id like 'hc-song-%'")).toHaveLength(2);
    expect(await test.db.query("select 1 from audit_log where action = 'import'")).toHaveLength(1);
  });
});
