import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../src/shared/schemas/staff";
import { as, createStaffFixtures, PASSWORD, signIn } from "./staff-session";
import { captureLogs, startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let now = new Date("2026-11-23T08:00:00+07:00");
const { lines: logs, logger } = captureLogs("trace");

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0" }, { clock: () => now, logger });
  await createStaffFixtures(t.db);
});
afterAll(async () => {
  await t?.close();
});

const login = (loginName: string, password: string) => t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: loginName, password } });

describe("sign in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token, never the hash", async () => {
    const res = await login("editor-hc", PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "cds_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const body = res.json<Session>();
    expect(body.staff).toMatchObject({ login: "editor-hc", role: "editor", wards: ["hoa-cuong"] });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    // Changed with issue 13: the body now says whether the password must be changed (mustChangePassword).
    expect(res.body).not.toMatch(/scrypt|passwordHash|"password"/i);
  });

  it("answers /auth/me with the session, and 401 without one", async () => {
    const session = await signIn(t.app, "admin-hc");
    const me = await as(t.app, session, { url: "/api/v1/auth/me" });
    expect(me.json<Session>()).toMatchObject({ staff: { login: "admin-hc" }, csrfToken: session.csrf });
    const anonymous = await t.app.inject("/api/v1/auth/me");
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toMatch(/đăng nhập/);
  });

  it("ends the session on sign-out", async () => {
    const session = await signIn(t.app, "editor-hc");
    expect((await as(t.app, session, { method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(204);
    expect((await as(t.app, session, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
  });

  it("expires sessions after a working day", async () => {
    const session = await signIn(t.app, "editor-hc");
    const start = now;
    now = new Date(start.getTime() + 9 * 3_600_000);
    try {
      expect((await as(t.app, session, { url: "/api/v1/auth/me" })).statusCode).toBe(401);
    } finally {
      now = start;
    }
  });

  it("slows down, then locks a login after 5 failures, with a clear message, and unlocks later", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login("admin-hc", "sai-mat-khau-123")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await login("admin-hc", PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message).toMatch(/khóa.*phút/);
    const start = now;
    now = new Date(start.getTime() + 16 * 60_000);
    try {
      expect((await login("admin-hc", PASSWORD)).statusCode).toBe(200);
    } finally {
      now = start;
    }
  });

  it("treats an unknown login like a wrong password", async () => {
    const res = await login("khong-ai-ca", "bat-ky-mat-khau");
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/không đúng/);
  });

  it("rejects state changes without the CSRF header", async () => {
    const session = await signIn(t.app, "editor-hc");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/wards/hoa-cuong/announcements",
      headers: { cookie: session.cookie },
      payload: { title: "Thử", body: "Nội dung", category: "notice" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("CSRF");
  });

  it("never writes a password, a session token or a cookie to the log", async () => {
    const session = await signIn(t.app, "editor-hc");
    await as(t.app, session, { url: "/api/v1/auth/me" });
    const all = logs.join("");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(session.cookie.split("=")[1]);
    expect(all).not.toContain("sai-mat-khau-123");
  });
});
