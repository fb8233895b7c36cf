import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedProcedure, ManagedTeam } from "../../src/shared/schemas/content-admin";
import type { ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import type { Team } from "../../src/shared/schemas/team";
import { as, createNationalFixtures, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let editor: SignedIn;
let other: SignedIn;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
  other = await signIn(t.app, "editor-other");
});
afterAll(async () => {
  await t?.close();
});

describe("the ward's part of a procedure", () => {
  it("an editor moves a procedure to another office with a note, and residents see it", async () => {
    const list = (await as(t.app, editor, { url: `${W}/manage/procedures` })).json<{ items: ManagedProcedure[] }>().items;
    const tachHo = list.find((p) => p.slug === "tach-ho");
    expect(tachHo?.version).toBeNull();
    const res = await as(t.app, editor, {
      method: "PUT",
      url: `${W}/procedures/tach-ho/local`,
      payload: { officeId: "hoa-cuong-ubnd-trung-nu-vuong-165", note: "Nhận hồ sơ sáng thứ Ba và thứ Năm.", popularRank: 9, hidden: false },
    });
    expect(res.statusCode).toBe(200);
    const detail = (await t.app.inject(`${W}/procedures/tach-ho`)).json<ProcedureDetail>();
    expect(detail.ward).toMatchObject({ office: { id: "hoa-cuong-ubnd-trung-nu-vuong-165" }, note: "Nhận hồ sơ sáng thứ Ba và thứ Năm.", popularRank: 9 });
  });

  it("hides a procedure the ward does not handle, and refuses a stale version or an unknown office", async () => {
    const ok = await as(t.app, editor, { method: "PUT", url: `${W}/procedures/chung-thuc-di-chuc/local`, payload: { officeId: null, note: null, popularRank: null, hidden: true } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject(`${W}/procedures/chung-thuc-di-chuc`)).statusCode).toBe(404);
    const stale = await as(t.app, editor, { method: "PUT", url: `${W}/procedures/chung-thuc-di-chuc/local`, payload: { officeId: null, note: null, popularRank: null, hidden: false } });
    expect(stale.statusCode).toBe(409);
    const badOffice = await as(t.app, editor, { method: "PUT", url: `${W}/procedures/khai-bao-tam-vang/local`, payload: { officeId: "khong-co", note: null, popularRank: null, hidden: false } });
    expect(badOffice.statusCode).toBe(422);
  });

  it.each([
    ["anonymous", 401],
    ["other ward", 403],
  ])("refuses %s with %i", async (who, status) => {
    const caller = who === "anonymous" ? null : other;
    const res = await as(t.app, caller, { method: "PUT", url: `${W}/procedures/tach-ho/local`, payload: { version: 1, officeId: null, note: null, popularRank: null, hidden: false } });
    expect(res.statusCode).toBe(status);
  });
});

describe("teams and members", () => {
  it("an editor updates members; a phone goes public only with the member's consent", async () => {
    const [team] = (await as(t.app, editor, { url: `${W}/manage/teams` })).json<{ items: ManagedTeam[] }>().items;
    if (!team) throw new Error("no team");
    const members = [
      { name: "Lê Thị Mai", role: "to-truong", phone: "0120 000 901", phonePublic: true },
      { name: "Phan Văn Hùng", role: "cong-an", phone: "0120 000 902", phonePublic: false },
    ];
    const res = await as(t.app, editor, { method: "PATCH", url: `${W}/teams/${team.id}`, payload: { version: team.version, meetingPlace: "Hội trường tổ dân phố 3", members } });
    expect(res.statusCode).toBe(200);
    const pub = await t.app.inject(`${W}/teams/${team.id}`);
    expect(pub.json<Team>().members).toEqual([
      { name: "Lê Thị Mai", role: "to-truong", phone: "0120 000 901" },
      { name: "Phan Văn Hùng", role: "cong-an", phone: null },
    ]);
    expect(pub.body.replace(/\D/g, "")).not.toContain("0120000902");
    expect(pub.json<Team>().meetingPlace).toBe("Hội trường tổ dân phố 3");
    const stale = await as(t.app, editor, { method: "PATCH", url: `${W}/teams/${team.id}`, payload: { version: team.version, name: "Cũ" } });
    expect(stale.statusCode).toBe(409);
  });

  it("keeps phones and consent away from anyone but the ward's staff", async () => {
    expect((await as(t.app, null, { url: `${W}/manage/teams` })).statusCode).toBe(401);
    expect((await as(t.app, other, { url: `${W}/manage/teams` })).statusCode).toBe(403);
  });

  it("rejects a bad member role or a group link that is not Zalo's", async () => {
    const [team] = (await as(t.app, editor, { url: `${W}/manage/teams` })).json<{ items: ManagedTeam[] }>().items;
    const res = await as(t.app, editor, { method: "PATCH", url: `${W}/teams/${team?.id}`, payload: { version: team?.version, zaloGroupUrl: "https://evil.example/g" } });
    expect(res.statusCode).toBe(400);
    const role = await as(t.app, editor, { method: "PATCH", url: `${W}/teams/${team?.id}`, payload: { version: team?.version, members: [{ name: "A", role: "truong-thon", phone: null, phonePublic: false }] } });
    expect(role.statusCode).toBe(400);
  });
});

describe("areas", () => {
  it("an editor adds an area with its former name and team; residents find it by the old name", async () => {
    const res = await as(t.app, editor, {
      method: "PUT",
      url: `${W}/areas/hcn-41`,
      payload: { id: "hcn-41", name: "Tổ dân phố 41", formerWard: "Hòa Cường Nam", formerName: "Tổ dân phố 30, phường Hòa Cường Nam (cũ)", aliases: ["khu tái định cư Nam Cầu"], streets: [], teamId: "team-hcn-3" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const found = (await t.app.inject(`${W}/areas?q=${encodeURIComponent("tai dinh cu nam cau")}`)).json<{ items: { id: string; teamId: string }[] }>().items;
    expect(found).toEqual([expect.objectContaining({ id: "hcn-41", teamId: "team-hcn-3" })]);
    const again = await as(t.app, editor, { method: "PUT", url: `${W}/areas/hcn-41`, payload: { ...res.json<Record<string, unknown>>(), version: undefined } });
    expect(again.statusCode).toBe(409);
  });

  it("refuses an unknown team with 422", async () => {
    const res = await as(t.app, editor, { method: "PUT", url: `${W}/areas/hcn-42`, payload: { id: "hcn-42", name: "Tổ 42", formerWard: null, formerName: null, aliases: [], streets: [], teamId: "khong-co" } });
    expect(res.statusCode).toBe(422);
  });
});

describe("guides (national content)", () => {
  // Changed with issue 13: guides are shared by every ward, so a ward admin may no longer edit them.
  it("only national editors edit guides; the change reaches residents and the national audit", async () => {
    await createNationalFixtures(t.db);
    const admin = await signIn(t.app, "national");
    const wardAdmin = await signIn(t.app, "admin-hc");
    expect((await as(t.app, editor, { url: "/api/v1/manage/guides" })).statusCode).toBe(403);
    expect((await as(t.app, wardAdmin, { url: "/api/v1/manage/guides" })).statusCode).toBe(403);
    const guides = (await as(t.app, admin, { url: "/api/v1/manage/guides" })).json<{ items: { version: number; content: { slug: string; summary: string } }[] }>().items;
    const guide = guides.find((g) => g.content.slug === "vneid-quen-passcode");
    if (!guide) throw new Error("guide missing");
    const content = { ...guide.content, summary: "Tóm tắt đã được phường cập nhật." };
    expect((await as(t.app, editor, { method: "PUT", url: "/api/v1/guides/vneid-quen-passcode", payload: { version: guide.version, content } })).statusCode).toBe(403);
    expect((await as(t.app, wardAdmin, { method: "PUT", url: "/api/v1/guides/vneid-quen-passcode", payload: { version: guide.version, content } })).statusCode).toBe(403);
    const res = await as(t.app, admin, { method: "PUT", url: "/api/v1/guides/vneid-quen-passcode", payload: { version: guide.version, content } });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject(`${W}/guides/vneid-quen-passcode`)).json().summary).toBe("Tóm tắt đã được phường cập nhật.");
    const stale = await as(t.app, admin, { method: "PUT", url: "/api/v1/guides/vneid-quen-passcode", payload: { version: guide.version, content } });
    expect(stale.statusCode).toBe(409);
    const broken = await as(t.app, admin, { method: "PUT", url: "/api/v1/guides/vneid-quen-passcode", payload: { version: guide.version + 1, content: { ...content, steps: [] } } });
    expect(broken.statusCode).toBe(400);
    const audit = (await as(t.app, admin, { url: "/api/v1/manage/audit" })).json<{ items: { entity: string; entityId: string }[] }>().items;
    expect(audit[0]).toMatchObject({ entity: "guide", entityId: "vneid-quen-passcode" });
  });
});
