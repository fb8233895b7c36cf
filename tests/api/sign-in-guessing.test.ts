import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffFixtures, PASSWORD } from "./staff-session";
import { captureLogs, startTestApp, type TestApp } from "./test-app";

// Findings 3, 7 and 16: guessing in parallel, locking a stranger's target out, and what is logged
// and kept about sign-ins.

let t: TestApp;
let now = new Date("2026-11-23T08:00:00+07:00");
const { lines: logs, logger } = captureLogs("info");

beforeAll(async () => {
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000" }, { clock: () => now, logger });
  await createStaffFixtures(t.db);
});
afterAll(async () => {
  await t?.close();
});

const login = (name: string, password: string, remoteAddress = "127.0.0.1") =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: name, password }, remoteAddress });

describe("guessing", () => {
  it("counts each of 20 parallel guesses before checking it, so the right one late in the burst does not sign in (finding 3)", async () => {
    const guesses = Array.from({ length: 19 }, (_, i) => login("editor-hc", `doan-mo-${i}-khong-dung`, "192.0.2.10"));
    // The right password arrives while the wrong ones are still being checked (scrypt takes ~0.1 s each).
    await new Promise((resolve) => setTimeout(resolve, 30));
    const right = await login("editor-hc", PASSWORD, "192.0.2.10");
    const answers = await Promise.all(guesses);
    expect(right.statusCode, right.body).toBe(429);
    expect(answers.filter((a) => a.statusCode === 401).length).toBeLessThanOrEqual(4);
    expect(answers.every((a) => [401, 429].includes(a.statusCode))).toBe(true);
  });

  it("a stranger's five wrong passwords lock only the stranger's address, not the admin at the office (finding 7)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login("admin-hc", "sai-mat-khau-123", "203.0.113.66")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await login("admin-hc", PASSWORD, "203.0.113.66")).statusCode).toBe(429);
    const atOffice = await login("admin-hc", PASSWORD, "198.51.100.20");
    expect(atOffice.statusCode, atOffice.body).toBe(200);
  });

  it("logs failed sign-ins and locks with login and address, never the password (finding 16)", () => {
    const all = logs.join("");
    const failed = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "sign-in failed");
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]).toMatchObject({ login: expect.any(String), address: expect.any(String), failures: expect.any(Number) });
    expect(logs.some((l) => l.includes('"sign-in locked"') && l.includes("203.0.113.66"))).toBe(true);
    expect(all).not.toContain("sai-mat-khau-123");
    expect(all).not.toContain("doan-mo-");
    expect(all).not.toContain(PASSWORD);
  });
});

describe("keeping only what is of use (finding 16)", () => {
  it("purges expired sessions and day-old failure counts", async () => {
    await login("editor-hc", "sai-mat-khau-456", "192.0.2.99");
    expect((await login("editor-hc", PASSWORD, "192.0.2.98")).statusCode).toBe(200);
    const count = async (table: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0;
    expect(await count("staff_sessions")).toBeGreaterThan(0);
    expect(await count("login_failures")).toBeGreaterThan(0);
    const start = now;
    now = new Date(start.getTime() + 25 * 3_600_000);
    try {
      expect((await login("editor-hc", PASSWORD, "192.0.2.98")).statusCode).toBe(200);
      expect(await count("staff_sessions")).toBe(1); // only the one just made
      expect(await count("login_failures")).toBe(0);
    } finally {
      now = start;
    }
  });
});
