import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import type { ManagedArea, ManagedGuide, ManagedProcedure, ManagedTeam } from "../../src/shared/schemas/content-admin";
import type { ManagedRequest } from "../../src/shared/schemas/requests-admin";
import { addStaff } from "../../src/server/services/staff-accounts";
import { clientId, send } from "./request-helpers";
import { as, createNationalFixtures, createStaffFixtures, PASSWORD, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Every state-changing route × {anonymous, editor of another ward, editor, admin, national editor}:
// the status each must get. Each cell prepares fresh input (a new draft, the current version) as the
// admin. The national editor here is an editor of hoa-cuong with the national role on top.
// team-lead: the leader of team-htt-1 (hoa-cuong), who may use the requests inbox only.
type Who = "anonymous" | "other" | "editor" | "admin" | "national" | "team-lead";
const WHO: Who[] = ["anonymous", "other", "editor", "admin", "national", "team-lead"];

let t: TestApp;
const staff = {} as Record<Exclude<Who, "anonymous">, SignedIn>;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  await createNationalFixtures(t.db);
  staff.national = await signIn(t.app, "national");
  staff.admin = await signIn(t.app, "admin-hc");
  staff.editor = await signIn(t.app, "editor-hc");
  staff.other = await signIn(t.app, "editor-other");
  await addStaff(t.db, { login: "lead-matrix", name: "Tổ trưởng", role: "team-lead", wards: ["hoa-cuong"], teamId: "team-htt-1", password: PASSWORD });
  staff["team-lead"] = await signIn(t.app, "lead-matrix");
});
afterAll(async () => {
  await t?.close();
});

const asAdmin = async <T>(options: InjectOptions) => (await as(t.app, staff.admin, options)).json<T>();
const draft = () => asAdmin<ManagedAnnouncement>({ method: "POST", url: `${W}/announcements`, payload: { title: "Ô ma trận", body: "x", category: "notice" } });
let counter = 0;

// "staff-admin": ward admins and the national role manage accounts; "national": national content.
// teamLead: what a team lead gets where it is not the default 403 of every route but their own.
type Route = { name: string; level: "staff" | "editor" | "admin" | "staff-admin" | "national"; ok: number; teamLead?: number; prepare: () => Promise<InjectOptions> };

const ROUTES: Route[] = [
  { name: "POST announcements", level: "editor", ok: 201, prepare: async () => ({ method: "POST", url: `${W}/announcements`, payload: { title: "Mới", body: "x", category: "notice" } }) },
  { name: "PATCH announcement", level: "editor", ok: 200, prepare: async () => { const a = await draft(); return { method: "PATCH", url: `${W}/announcements/${a.id}`, payload: { version: a.version, title: "Sửa" } }; } },
  { name: "POST publish", level: "editor", ok: 200, prepare: async () => { const a = await draft(); return { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } }; } },
  { name: "POST withdraw", level: "editor", ok: 200, prepare: async () => {
    const a = await draft();
    const p = await asAdmin<ManagedAnnouncement>({ method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } });
    return { method: "POST", url: `${W}/announcements/${a.id}/withdraw`, payload: { version: p.version } };
  } },
  { name: "PUT procedure local", level: "editor", ok: 200, prepare: async () => {
    const p = (await asAdmin<{ items: ManagedProcedure[] }>({ url: `${W}/manage/procedures` })).items.find((x) => x.slug === "tach-ho");
    return { method: "PUT", url: `${W}/procedures/tach-ho/local`, payload: { ...p?.local, note: `ghi chú ${++counter}`, ...(p?.version ? { version: p.version } : {}) } };
  } },
  { name: "PUT procedure confirmations", level: "editor", ok: 200, prepare: async () => {
    const c = await asAdmin<{ version: number }>({ url: `${W}/manage/confirmations/tach-ho` });
    return { method: "PUT", url: `${W}/procedures/tach-ho/confirmations`, payload: { parts: ["documents"], version: c.version } };
  } },
  { name: "PATCH team", level: "editor", ok: 200, prepare: async () => {
    const team = (await asAdmin<{ items: ManagedTeam[] }>({ url: `${W}/manage/teams` })).items[0];
    return { method: "PATCH", url: `${W}/teams/${team?.id}`, payload: { version: team?.version, meetingPlace: `Nơi ${++counter}` } };
  } },
  { name: "PUT area", level: "editor", ok: 200, prepare: async () => {
    const area = (await asAdmin<{ items: ManagedArea[] }>({ url: `${W}/manage/areas` })).items[0];
    return { method: "PUT", url: `${W}/areas/${area?.id}`, payload: { ...area, name: `Tổ ${++counter}` } };
  } },
  { name: "PUT search terms", level: "editor", ok: 200, prepare: async () => {
    const terms = await asAdmin<{ version: number | null }>({ url: `${W}/manage/search-terms` });
    return { method: "PUT", url: `${W}/search-terms`, payload: { version: terms.version, entries: [{ typed: [`giấy đi đường ${++counter}`], means: ["tạm vắng"], targets: [] }] } };
  } },
  { name: "PATCH ward settings", level: "admin", ok: 200, prepare: async () => {
    const ward = (await t.app.inject(W)).json<{ version: number }>();
    return { method: "PATCH", url: W, payload: { version: ward.version, hotline: `0236 000 ${String(++counter).padStart(4, "0")}` } };
  } },
  { name: "POST staff", level: "staff-admin", ok: 201, prepare: async () => ({ method: "POST", url: "/api/v1/staff", payload: { login: `nguoi-moi-${++counter}`, name: "Mới", role: "editor", wards: ["hoa-cuong"] } }) },
  { name: "PATCH staff", level: "staff-admin", ok: 200, prepare: async () => {
    const created = await asAdmin<{ staff: { id: number } }>({ method: "POST", url: "/api/v1/staff", payload: { login: `doi-ten-${++counter}`, name: "Cũ", role: "editor", wards: ["hoa-cuong"] } });
    return { method: "PATCH", url: `/api/v1/staff/${created.staff.id}`, payload: { name: "Tên mới" } };
  } },
  { name: "PUT guide", level: "national", ok: 200, prepare: async () => {
    const guide = (await as(t.app, staff.national, { url: "/api/v1/manage/guides" })).json<{ items: ManagedGuide[] }>().items[0];
    return { method: "PUT", url: `/api/v1/guides/${guide?.content.slug}`, payload: { version: guide?.version, content: { ...guide?.content, summary: `Tóm tắt ${++counter}.` } } };
  } },
  { name: "PATCH request (help, team's area)", level: "editor", ok: 200, teamLead: 200, prepare: async () => {
    const sent = await send(t.app, "hoa-cuong", { kind: "help", text: "Nhờ tổ cài VNeID", areaId: "htt-1", clientId: clientId() }, [], `10.9.${Math.floor(++counter / 200)}.${counter % 200}`);
    const one = await asAdmin<ManagedRequest>({ url: `${W}/manage/requests/${sent.body.code}` });
    return { method: "PATCH", url: `${W}/manage/requests/${sent.body.code}`, payload: { version: one.version, status: "answered", reply: { text: "Đã hỗ trợ", public: false } } };
  } },
  { name: "PATCH request (report)", level: "editor", ok: 200, teamLead: 404, prepare: async () => {
    const sent = await send(t.app, "hoa-cuong", { kind: "report", text: "Cây đổ", areaId: "htt-1", clientId: clientId() }, [], `10.8.${Math.floor(++counter / 200)}.${counter % 200}`);
    const one = await asAdmin<ManagedRequest>({ url: `${W}/manage/requests/${sent.body.code}` });
    return { method: "PATCH", url: `${W}/manage/requests/${sent.body.code}`, payload: { version: one.version, status: "in-progress" } };
  } },
  { name: "POST password change", level: "staff", ok: 403, prepare: async () => ({ method: "POST", url: "/api/v1/auth/password", payload: { currentPassword: "không phải mật khẩu", newPassword: "ấm trà nguội bên hiên mưa" } }) },
  { name: "POST markdown preview", level: "staff", ok: 200, prepare: async () => ({ method: "POST", url: "/api/v1/markdown/preview", payload: { body: "**x**" } }) },
];

function expected(route: Route, who: Who): number {
  if (who === "anonymous") return 401;
  if (route.level === "staff") return route.ok;
  if (who === "team-lead") return route.teamLead ?? 403;
  if (route.level === "national") return who === "national" ? route.ok : 403;
  if (route.level === "staff-admin") return who === "admin" || who === "national" ? route.ok : 403;
  if (who === "other") return 403;
  if (route.level === "admin" && who !== "admin") return 403;
  return route.ok;
}

describe("authorisation matrix", () => {
  it.each(ROUTES.flatMap((r) => WHO.map((who) => [r.name, who, expected(r, who)] as const)))("%s as %s → %i", async (name, who, status) => {
    const route = ROUTES.find((r) => r.name === name);
    if (!route) throw new Error(name);
    const res = await as(t.app, who === "anonymous" ? null : staff[who], await route.prepare());
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toEqual(expect.any(Object));
  });

  it.each(ROUTES.filter((r) => r.level !== "staff").map((r) => [r.name]))("%s without the CSRF header → 403", async (name) => {
    const route = ROUTES.find((r) => r.name === name);
    if (!route) throw new Error(name);
    const options = await route.prepare();
    const res = await t.app.inject({ ...options, headers: { cookie: staff.admin.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("CSRF");
  });
});

// Two wards: hoa-cuong (A) and hai-chau (B). The admin of A may act on A only, and on a member only
// when holding every ward of that member; the admin of B and the national role may.
type TwoWardCase = { name: string; prepare: () => Promise<InjectOptions>; expect: Partial<Record<Who | "adminB", number>> };
const idOf = async (login: string) => (await t.db.query<{ id: number }>("select id from staff where login = $1", [login]))[0]?.id;

const TWO_WARDS: TwoWardCase[] = [
  { name: "PATCH member of A+B (promote)", prepare: async () => ({ method: "PATCH", url: `/api/v1/staff/${await idOf("editor-both")}`, payload: { role: "editor", name: `Hai phường ${++counter}` } }), expect: { admin: 403, adminB: 403, national: 200 } },
  { name: "PATCH member of A+B (reset password)", prepare: async () => ({ method: "PATCH", url: `/api/v1/staff/${await idOf("editor-both")}`, payload: { resetPassword: true } }), expect: { admin: 403, adminB: 403, national: 200 } },
  { name: "PATCH member of A, granting B", prepare: async () => ({ method: "PATCH", url: `/api/v1/staff/${await idOf("editor-hc")}`, payload: { wards: ["hoa-cuong", "hai-chau"] } }), expect: { admin: 403, adminB: 404 } },
  { name: "POST staff in B", prepare: async () => ({ method: "POST", url: "/api/v1/staff", payload: { login: `moi-b-${++counter}`, name: "Mới", role: "admin", wards: ["hai-chau"] } }), expect: { admin: 403, adminB: 201, national: 201 } },
  { name: "PATCH ward B settings", prepare: async () => {
    const ward = (await t.app.inject("/api/v1/wards/hai-chau")).json<{ version: number }>();
    return { method: "PATCH", url: "/api/v1/wards/hai-chau", payload: { version: ward.version, hotline: `0236 111 ${String(++counter).padStart(4, "0")}` } };
  }, expect: { admin: 403, adminB: 200, national: 403 } },
  { name: "POST announcement in B", prepare: async () => ({ method: "POST", url: "/api/v1/wards/hai-chau/announcements", payload: { title: "Của B", body: "x", category: "notice" } }), expect: { admin: 403, other: 201, national: 403 } },
];

describe("authorisation across two wards", () => {
  it.each(TWO_WARDS.flatMap((c) => Object.entries(c.expect).map(([who, status]) => [c.name, who, status] as const)))("%s as %s → %i", async (name, who, status) => {
    const kase = TWO_WARDS.find((c) => c.name === name);
    if (!kase) throw new Error(name);
    const caller = who === "adminB" ? await signIn(t.app, "admin-other") : staff[who as Exclude<Who, "anonymous">];
    const res = await as(t.app, caller, await kase.prepare());
    expect(res.statusCode, res.body).toBe(status);
  });
});
