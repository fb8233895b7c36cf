import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/server/cli/paths";
import { loadConfig } from "../../src/server/config";
import { openDatabase } from "../../src/server/db/database";
import { LOCK_FILE } from "../../src/server/db/data-dir-lock";
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

  it("keeps the former units, the Zalo OA id and the branding the national editor enters", async () => {
    const res = await as(t.app, national, {
      method: "POST",
      url,
      payload: {
        slug: "ngu-hanh-son",
        name: "Phường Ngũ Hành Sơn",
        province: "Thành phố Đà Nẵng",
        formerUnits: [" Phường Hòa Hải ", "Phường Hòa Quý", "", "phường hòa hải"],
        zaloOaId: " 4318786537405209652 ",
        branding: { title: "Ngũ Hành Sơn số", color: "#A0522D", logoUrl: "https://example.vn/logo.png" },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Ward>()).toMatchObject({
      formerUnits: [
        { name: "Phường Hòa Hải", note: null },
        { name: "Phường Hòa Quý", note: null },
      ],
      zaloOaId: "4318786537405209652",
      branding: { title: "Ngũ Hành Sơn số", color: "#a0522d", logoUrl: "https://example.vn/logo.png" },
    });
    // Its creator manages it at once (offices and hours next, in "Cài đặt phường").
    const mine = await t.db.query<{ ward_slug: string }>("select w.ward_slug from staff_wards w join staff s on s.id = w.staff_id where s.login = 'national' order by 1");
    expect(mine.map((r) => r.ward_slug)).toContain("ngu-hanh-son");
    // What residents' app reads.
    const pub = (await t.app.inject({ method: "GET", url: "/api/v1/wards/ngu-hanh-son" })).json<Ward>();
    expect(pub).toMatchObject({ zaloOaId: "4318786537405209652", branding: { title: "Ngũ Hành Sơn số" }, formerUnits: [{ name: "Phường Hòa Hải" }, { name: "Phường Hòa Quý" }] });
  });

  it("keeps the office, its hours with a lunch break and Saturday morning, the holidays and the city's channel", async () => {
    const hours = [
      { days: [1, 2, 3, 4, 5], open: "07:00", close: "11:00" },
      { days: [1, 2, 3, 4, 5], open: "13:00", close: "17:00" },
      { days: [6], open: "07:30", close: "11:30" },
    ];
    const res = await as(t.app, national, {
      method: "POST",
      url,
      payload: {
        slug: "thanh-binh",
        name: "Phường Thanh Bình",
        province: "Thành phố Đà Nẵng",
        offices: [{ name: "", address: " 270  Trưng Nữ Vương ", phone: "0236 3822 222", hours }],
        holidays: [{ date: "2027-09-02", name: "Quốc khánh" }, { date: "2027-04-30", name: "Ngày Giải phóng miền Nam" }],
        cityChannel: { name: " Tổng đài 1022 Đà Nẵng ", phone: "0236 1022", url: "https://gopy.danang.gov.vn" },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const pub = (await t.app.inject({ method: "GET", url: "/api/v1/wards/thanh-binh" })).json<Ward>();
    expect(pub.offices).toEqual([
      { id: "thanh-binh-mot-cua", kind: "people-committee", name: "Bộ phận một cửa – UBND phường Thanh Bình", address: "270 Trưng Nữ Vương", phone: "0236 3822 222", hours, note: null },
    ]);
    expect(pub.holidays.map((h) => h.date)).toEqual(["2027-04-30", "2027-09-02"]);
    expect(pub.cityChannel).toEqual({ name: "Tổng đài 1022 Đà Nẵng", phone: "0236 1022", url: "https://gopy.danang.gov.vn" });
  });

  it.each([
    [{ cityChannel: { name: "1022", url: "http://gopy.danang.gov.vn" } }, "cityChannel.url", /phải bắt đầu bằng https/],
    [{ cityChannel: { name: "Tổng đài 1022" } }, "cityChannel.phone", /số điện thoại hoặc địa chỉ trang web/],
    [{ cityChannel: { name: "Tổng đài", phone: "gọi 1022" } }, "cityChannel.phone", /Số "gọi 1022" không hợp lệ/],
    [{ offices: [{ name: "Một cửa", address: "", hours: [{ days: [1], open: "07:30", close: "11:30" }] }] }, "offices.0.address", /Văn phòng 1: hãy ghi địa chỉ/],
    [{ offices: [{ name: "Một cửa", address: "270 Trưng Nữ Vương", hours: [] }] }, "offices.0.hours", /ít nhất một buổi/],
  ])("says what is wrong with the channel or the office (%#), and creates nothing", async (extra, field, message) => {
    const res = await as(t.app, national, { method: "POST", url, payload: { ...NEW_WARD, slug: "thanh-khe", ...extra } });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ field });
    expect(res.json<{ message: string }>().message).toMatch(message);
    expect(await t.db.query("select 1 from wards where slug = 'thanh-khe'")).toHaveLength(0);
  });

  it("refuses hours that close before they open, and a holiday written twice", async () => {
    const backwards = await as(t.app, national, { method: "POST", url, payload: { ...NEW_WARD, slug: "thanh-khe", offices: [{ name: "Một cửa", address: "1 Hà Huy Tập", hours: [{ days: [1], open: "17:00", close: "07:30" }] }] } });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toMatchObject({ code: "INVALID_HOURS" });
    const twice = await as(t.app, national, { method: "POST", url, payload: { ...NEW_WARD, slug: "thanh-khe", holidays: [{ date: "2027-09-02", name: "Quốc khánh" }, { date: "2027-09-02", name: "Quốc khánh" }] } });
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({ code: "DUPLICATE_HOLIDAY" });
    expect(await t.db.query("select 1 from wards where slug = 'thanh-khe'")).toHaveLength(0);
  });

  it("lets the ward's admin change the city's channel and the OA id later, versioned; null removes the channel", async () => {
    const hcAdmin = await signIn(t.app, "admin-hc");
    const before = (await t.app.inject({ method: "GET", url: "/api/v1/wards/hoa-cuong" })).json<Ward>();
    const changed = await as(t.app, hcAdmin, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version: before.version, cityChannel: { name: "Tổng đài 1022", phone: "0236 1022", url: null }, zaloOaId: "123456" } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Ward>()).toMatchObject({ cityChannel: { name: "Tổng đài 1022", phone: "0236 1022", url: null }, zaloOaId: "123456", version: before.version + 1 });
    const bad = await as(t.app, hcAdmin, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version: before.version + 1, cityChannel: { name: "Tổng đài", phone: null, url: "ftp://x" } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ field: "cityChannel.url" });
    const removed = await as(t.app, hcAdmin, { method: "PATCH", url: "/api/v1/wards/hoa-cuong", payload: { version: before.version + 1, cityChannel: null } });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<Ward>().cityChannel).toBeNull();
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
    [{ ...NEW_WARD, slug: "son-tra", zaloOaId: "zalo.me/phuong son tra" }, "zaloOaId", /Mã Zalo OA .* không hợp lệ/],
    [{ ...NEW_WARD, slug: "son-tra", branding: { color: "xanh" } }, "branding.color", /Màu "xanh" không hợp lệ.*#rrggbb/],
    [{ ...NEW_WARD, slug: "son-tra", branding: { logoUrl: "http://example.vn/logo.png" } }, "branding.logoUrl", /logo phải bắt đầu bằng https/],
    [{ ...NEW_WARD, slug: "son-tra", branding: { title: "T".repeat(61) } }, "branding.title", /Tên ứng dụng dài quá 60/],
    [{ ...NEW_WARD, slug: "son-tra", formerUnits: Array.from({ length: 21 }, (_, i) => `Phường ${i}`) }, "formerUnits", /Nhiều hơn 20 đơn vị cũ/],
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

    const full = wardCli(
      ["add", "cam-le", "--name", "Phường Cẩm Lệ", "--province", "Thành phố Đà Nẵng", "--former", "Phường Khuê Trung; Phường Hòa Thọ Đông", "--oa", "123456789", "--title", "Cẩm Lệ số", "--color", "#117733", "--logo", "https://example.vn/cl.png", "--city-channel", "Tổng đài 1022 Đà Nẵng", "--city-phone", "0236 1022", "--office-address", "25 Ông Ích Đường"],
      dir,
    );
    expect(full.status, full.stderr).toBe(0);
    const badColour = wardCli(["add", "hoa-xuan", "--name", "Phường Hòa Xuân", "--province", "Thành phố Đà Nẵng", "--color", "đỏ"], dir);
    expect(badColour.status).toBe(1);
    expect(badColour.stderr).toMatch(/Màu "đỏ" không hợp lệ/);

    const list = wardCli(["list"], dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^son-tra\tPhường Sơn Trà\tThành phố Đà Nẵng$/m);
    expect(list.stdout).toMatch(/^cam-le\tPhường Cẩm Lệ/m);
    expect(list.stdout).not.toMatch(/ngu-hanh-son|hoa-xuan/i);
  }, 180_000);

  it("keeps what the shell entered: former units, OA id, branding (read back through the API)", async () => {
    const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dir, DATABASE_URL: "" });
    const db = await openDatabase(config.database);
    try {
      const [row] = await db.query<{ former_units: unknown; zalo_oa_id: string; branding: unknown; city_channel: unknown }>("select former_units, zalo_oa_id, branding, city_channel from wards where slug = 'cam-le'");
      expect(row).toEqual({
        former_units: [
          { name: "Phường Khuê Trung", note: null },
          { name: "Phường Hòa Thọ Đông", note: null },
        ],
        zalo_oa_id: "123456789",
        branding: { title: "Cẩm Lệ số", color: "#117733", logoUrl: "https://example.vn/cl.png" },
        city_channel: { name: "Tổng đài 1022 Đà Nẵng", phone: "0236 1022", url: null },
      });
      const [office] = await db.query<{ address: string }>("select address from ward_offices where ward_slug = 'cam-le'");
      expect(office?.address).toBe("25 Ông Ích Đường");
    } finally {
      await db.close();
    }
  }, 60_000);

  it("refuses, saying to stop the server, while a server holds the embedded database", () => {
    // The server's lock file with a live process id (this one), as backup.ts is refused too.
    writeFileSync(join(dir, LOCK_FILE), String(process.pid));
    try {
      const busy = wardCli(["add", "hoa-khanh", "--name", "Phường Hòa Khánh", "--province", "Thành phố Đà Nẵng"], dir);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toMatch(new RegExp(`Một máy chủ đang dùng dữ liệu .*tiến trình ${process.pid}`));
      expect(wardCli(["list"], dir).status).toBe(1);
    } finally {
      rmSync(join(dir, LOCK_FILE));
    }
    const list = wardCli(["list"], dir);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).not.toMatch(/hoa-khanh/);
  }, 120_000);
});
