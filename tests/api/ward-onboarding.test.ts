import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/server/cli/paths";
import { wardAdminEndpoints } from "../../src/shared/api/wards";
import type { Ward } from "../../src/shared/schemas/ward";
import { as, createNationalFixtures, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Issue 18: a new ward in minutes, from the console (national role) and from the shell.

const url = `/api/v1${wardAdminEndpoints.create.url({})}`;
const NEW_WARD = { slug: "an-hai", name: "Phường An Hải", province: "Thành phố Đà Nẵng", hotline: "0236 3000 111" };

describe("POST /manage/wards (national role)", () => {
  let t: TestApp;
  let national: SignedIn;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    await createStaffFixtures(t.db);
    await createNationalFixtures(t.db);
    national = await signIn(t.app, "national");
    admin = await signIn(t.app, "admin-hc");
  }, 120_000);
  afterAll(() => t.close());

  it("creates a ward with one office at the usual hours, the national catalogue, no teams, audited", async () => {
    const res = await as(t.app, national, { method: "POST", url, payload: NEW_WARD });
    expect(res.statusCode, res.body).toBe(201);
    const ward = res.json<Ward>();
    expect(ward).toMatchObject({ slug: "an-hai", name: "Phường An Hải", isDemo: false, hotline: "0236 3000 111", branding: { title: "Phường An Hải" } });
    expect(ward.offices).toHaveLength(1);
    expect(ward.offices[0]?.hours).toEqual([
      { days: [1, 2, 3, 4, 5], open: "07:30", close: "11:30" },
      { days: [1, 2, 3, 4, 5], open: "13:30", close: "17:00" },
    ]);

    const publicWard = await t.app.inject({ method: "GET", url: "/api/v1/wards/an-hai" });
    expect(publicWard.statusCode).toBe(200);
    const teams = await t.app.inject({ method: "GET", url: "/api/v1/wards/an-hai/teams" });
    expect(teams.json<{ items: unknown[] }>().items).toEqual([]);
    const procedures = await t.app.inject({ method: "GET", url: "/api/v1/wards/an-hai/procedures?limit=5" });
    expect(procedures.statusCode).toBe(200);
    expect(procedures.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);

    const audit = await t.db.query<{ ward_slug: string | null; action: string }>("select ward_slug, action from audit_log where entity = 'ward' and entity_id = 'an-hai'");
    expect(audit.map((a) => a.ward_slug).sort()).toEqual(["an-hai", null].sort());
  });

  it("refuses a duplicate slug with 409 and changes nothing", async () => {
    const res = await as(t.app, national, { method: "POST", url, payload: { ...NEW_WARD, name: "Phường Khác" } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "WARD_EXISTS" });
    expect(res.json<{ message: string }>().message).toMatch(/Đã có phường với mã "an-hai"/);
    const [row] = await t.db.query<{ name: string }>("select name from wards where slug = 'an-hai'");
    expect(row?.name).toBe("Phường An Hải");
  });

  it.each([
    [{ ...NEW_WARD, slug: "An Hải" }, "slug", /chữ thường không dấu/],
    [{ ...NEW_WARD, slug: "son-tra", name: "An Hải" }, "name", /bắt đầu bằng "Phường"/],
    [{ ...NEW_WARD, slug: "son-tra", province: "Đ" }, "province", /tỉnh hoặc thành phố/],
    [{ ...NEW_WARD, slug: "son-tra", hotline: "gọi tôi" }, "hotline", /đường dây nóng/],
  ])("says in Vietnamese what to fix (%#)", async (payload, field, message) => {
    const res = await as(t.app, national, { method: "POST", url, payload });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "INVALID_WARD", field });
    expect(res.json<{ message: string }>().message).toMatch(message);
    expect(await t.db.query("select 1 from wards where slug = 'son-tra'")).toHaveLength(0);
  });

  it("is for the national role only: 403 for a ward admin (even with a bad body), 401 signed out", async () => {
    expect((await as(t.app, admin, { method: "POST", url, payload: { ...NEW_WARD, slug: "son-tra" } })).statusCode).toBe(403);
    expect((await as(t.app, admin, { method: "POST", url, payload: { nonsense: true } })).statusCode).toBe(403);
    expect((await as(t.app, null, { method: "POST", url, payload: { ...NEW_WARD, slug: "son-tra" } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "POST", url, headers: { cookie: national.cookie }, payload: { ...NEW_WARD, slug: "son-tra" } })).statusCode).toBe(403);
    expect(await t.db.query("select 1 from wards where slug = 'son-tra'")).toHaveLength(0);
  });
});

const wardCli = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/server/cli/ward.ts", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm run ward", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cds-ward-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds a ward, refuses the same slug again, says what is wrong, and lists the wards", () => {
    const added = wardCli(["add", "son-tra", "--name", "Phường Sơn Trà", "--province", "Thành phố Đà Nẵng", "--hotline", "0236 111 222"], dir);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Đã tạo Phường Sơn Trà \(son-tra\)/);

    const again = wardCli(["add", "son-tra", "--name", "Phường Sơn Trà", "--province", "Thành phố Đà Nẵng"], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Đã có phường với mã "son-tra"/);

    const bad = wardCli(["add", "Ngu Hanh Son", "--name", "Phường Ngũ Hành Sơn", "--province", "Thành phố Đà Nẵng"], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/chữ thường không dấu/);

    const usage = wardCli(["add", "ngu-hanh-son"], dir);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toMatch(/npm run ward -- add/);

    const list = wardCli(["list"], dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^son-tra\tPhường Sơn Trà\tThành phố Đà Nẵng$/m);
    expect(list.stdout).not.toMatch(/ngu-hanh-son/i);
  }, 180_000);
});
