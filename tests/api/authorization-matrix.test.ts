import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import type { ManagedArea, ManagedGuide, ManagedProcedure, ManagedTeam } from "../../src/shared/schemas/content-admin";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Every state-changing route × {anonymous, editor of another ward, editor, admin}: the status each
// must get. Each cell prepares fresh input (a new draft, the current version) as the admin.
type Who = "anonymous" | "other" | "editor" | "admin";
const WHO: Who[] = ["anonymous", "other", "editor", "admin"];

let t: TestApp;
const staff = {} as Record<Exclude<Who, "anonymous">, SignedIn>;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  staff.admin = await signIn(t.app, "admin-hc");
  staff.editor = await signIn(t.app, "editor-hc");
  staff.other = await signIn(t.app, "editor-other");
});
afterAll(async () => {
  await t?.close();
});

const asAdmin = async <T>(options: InjectOptions) => (await as(t.app, staff.admin, options)).json<T>();
const draft = () => asAdmin<ManagedAnnouncement>({ method: "POST", url: `${W}/announcements`, payload: { title: "Ô ma trận", body: "x", category: "notice" } });
let counter = 0;

type Route = { name: string; level: "staff" | "editor" | "admin"; ok: number; prepare: () => Promise<InjectOptions> };

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
  { name: "POST staff", level: "admin", ok: 201, prepare: async () => ({ method: "POST", url: "/api/v1/staff", payload: { login: `nguoi-moi-${++counter}`, name: "Mới", role: "editor", wards: ["hoa-cuong"] } }) },
  { name: "PATCH staff", level: "admin", ok: 200, prepare: async () => {
    const created = await asAdmin<{ staff: { id: number } }>({ method: "POST", url: "/api/v1/staff", payload: { login: `doi-ten-${++counter}`, name: "Cũ", role: "editor", wards: ["hoa-cuong"] } });
    return { method: "PATCH", url: `/api/v1/staff/${created.staff.id}`, payload: { name: "Tên mới" } };
  } },
  { name: "PUT guide", level: "admin", ok: 200, prepare: async () => {
    const guide = (await asAdmin<{ items: ManagedGuide[] }>({ url: "/api/v1/manage/guides" })).items[0];
    return { method: "PUT", url: `/api/v1/guides/${guide?.content.slug}`, payload: { version: guide?.version, content: { ...guide?.content, summary: `Tóm tắt ${++counter}.` } } };
  } },
  { name: "POST markdown preview", level: "staff", ok: 200, prepare: async () => ({ method: "POST", url: "/api/v1/markdown/preview", payload: { body: "**x**" } }) },
];

function expected(route: Route, who: Who): number {
  if (who === "anonymous") return 401;
  if (route.level === "staff") return route.ok;
  if (who === "other") return 403;
  if (route.level === "admin" && who === "editor") return 403;
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
