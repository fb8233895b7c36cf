import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditPage } from "../../src/shared/schemas/audit";
import type { ManagedGuide } from "../../src/shared/schemas/content-admin";
import type { StaffMember } from "../../src/shared/schemas/staff";
import type { Ward } from "../../src/shared/schemas/ward";
import { as, createNationalFixtures, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Findings 2, 5 and 12: ward roles act only inside the wards they hold; national content needs the
// national role and is audited where that role sees it; office ids belong to their ward.

let t: TestApp;
let adminA: SignedIn;
let adminB: SignedIn;
let national: SignedIn;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  await createNationalFixtures(t.db);
  adminA = await signIn(t.app, "admin-hc");
  adminB = await signIn(t.app, "admin-other");
  national = await signIn(t.app, "national");
  for (const row of await t.db.query<{ id: number; login: string }>("select id, login from staff")) ids[row.login] = row.id;
});
afterAll(async () => {
  await t?.close();
});

const patchStaff = (who: SignedIn, login: string, payload: object) => as(t.app, who, { method: "PATCH", url: `/api/v1/staff/${ids[login]}`, payload });
const auditOf = async (who: SignedIn, ward: string) => (await as(t.app, who, { url: `/api/v1/wards/${ward}/audit` })).json<AuditPage>().items;

describe("an admin manages only members whose every ward they hold (finding 2)", () => {
  it("refuses to promote, reset, disable or rename a member who also belongs to another ward", async () => {
    for (const change of [{ role: "admin" }, { resetPassword: true }, { disabled: true }, { name: "Đổi tên" }, { wards: ["hoa-cuong"] }]) {
      const res = await patchStaff(adminA, "editor-both", change);
      expect(res.statusCode, JSON.stringify(change)).toBe(403);
      expect(res.json().message).toMatch(/hai-chau/);
    }
    const member = await t.db.query<{ role: string; disabled: boolean }>("select role, disabled from staff where login = 'editor-both'");
    expect(member[0]).toEqual({ role: "editor", disabled: false });
  });

  it("refuses to grant a ward the admin does not hold, or to create an account there", async () => {
    const moved = await patchStaff(adminA, "editor-hc", { wards: ["hoa-cuong", "hai-chau"] });
    expect(moved.statusCode).toBe(403);
    const created = await as(t.app, adminA, { method: "POST", url: "/api/v1/staff", payload: { login: "ke-la", name: "Kẻ lạ", role: "admin", wards: ["hai-chau"] } });
    expect(created.statusCode).toBe(403);
  });

  it("never lets a ward admin touch a national editor's account or grant the national role", async () => {
    expect((await patchStaff(adminA, "national", { resetPassword: true })).statusCode).toBe(403);
    expect((await patchStaff(adminA, "editor-hc", { nationalEditor: true })).statusCode).toBe(403);
  });

  it("lets the admin of every ward of a member manage them, and audits the change in each of those wards", async () => {
    const res = await patchStaff(national, "editor-both", { name: "Biên tập hai phường (mới)" });
    expect(res.statusCode, res.body).toBe(200);
    for (const ward of ["hoa-cuong", "hai-chau"]) {
      const entry = (await auditOf(ward === "hai-chau" ? adminB : adminA, ward)).find((e) => e.entity === "staff" && e.entityId === String(ids["editor-both"]));
      expect(entry, ward).toMatchObject({ action: "update", staffLogin: "national" });
    }
  });

  it("lets a national editor create a new ward's admin", async () => {
    const res = await as(t.app, national, { method: "POST", url: "/api/v1/staff", payload: { login: "admin-hai-chau-2", name: "Quản trị mới", role: "admin", wards: ["hai-chau"] } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ staff: StaffMember }>().staff).toMatchObject({ role: "admin", wards: ["hai-chau"], nationalEditor: false });
  });
});

describe("national guides need the national role (finding 5)", () => {
  it("refuses a ward admin, accepts a national editor, and shows the change in the national audit", async () => {
    const list = await as(t.app, national, { url: "/api/v1/manage/guides" });
    expect(list.statusCode).toBe(200);
    const guide = list.json<{ items: ManagedGuide[] }>().items[0];
    if (!guide) throw new Error("no guide");
    const payload = { version: guide.version, content: { ...guide.content, summary: "Tóm tắt do biên tập toàn quốc sửa." } };
    const byWardAdmin = await as(t.app, adminA, { method: "PUT", url: `/api/v1/guides/${guide.content.slug}`, payload });
    expect(byWardAdmin.statusCode).toBe(403);
    expect((await as(t.app, adminA, { url: "/api/v1/manage/guides" })).statusCode).toBe(403);
    const byNational = await as(t.app, national, { method: "PUT", url: `/api/v1/guides/${guide.content.slug}`, payload });
    expect(byNational.statusCode, byNational.body).toBe(200);
    const audit = await as(t.app, national, { url: "/api/v1/manage/audit" });
    expect(audit.statusCode).toBe(200);
    expect(audit.json<AuditPage>().items[0]).toMatchObject({ entity: "guide", entityId: guide.content.slug, staffLogin: "national", ward: null });
    expect((await as(t.app, adminA, { url: "/api/v1/manage/audit" })).statusCode).toBe(403);
  });
});

describe("office ids belong to their ward (finding 12)", () => {
  it("lets two wards use the same office id, each keeping its own office", async () => {
    const office = { id: "ubnd", kind: "people-committee", name: "UBND phường", address: "1 Đường Thử", phone: null, hours: [], note: null };
    const save = async (who: SignedIn, ward: string, name: string) => {
      const current = (await t.app.inject(`/api/v1/wards/${ward}`)).json<Ward>();
      return as(t.app, who, { method: "PATCH", url: `/api/v1/wards/${ward}`, payload: { version: current.version, offices: [...current.offices, { ...office, name }] } });
    };
    expect((await save(adminB, "hai-chau", "UBND phường Hải Châu")).statusCode).toBe(200);
    const mine = await save(adminA, "hoa-cuong", "UBND phường Hòa Cường");
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<Ward>().offices.find((o) => o.id === "ubnd")?.name).toBe("UBND phường Hòa Cường");
    const theirs = (await t.app.inject("/api/v1/wards/hai-chau")).json<Ward>();
    expect(theirs.offices.find((o) => o.id === "ubnd")?.name).toBe("UBND phường Hải Châu");
    // A procedure can be filed at "ubnd" in each ward, pointing at that ward's office.
    const put = await as(t.app, adminA, { method: "PUT", url: "/api/v1/wards/hoa-cuong/procedures/tach-ho/local", payload: { officeId: "ubnd", note: null, popularRank: null, hidden: false } });
    expect(put.statusCode, put.body).toBe(200);
  });
});
