import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config";
import { createStaffFixtures, PASSWORD } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Findings 1, 6, 9, 13 and 14 of the attack on a running copy: what the server does at the edge,
// before any route runs. Most need a real socket: inject() cannot send an absolute-form target or
// hold a connection open.

/** One GET on a real socket with the exact request target given (origin form or absolute form). */
function get(port: number, target: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: target, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("rate limit at the edge", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "5" });
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    port = (t.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("counts an absolute-form request target like the origin form (finding 1)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push(await get(port, `http://127.0.0.1:${port}/api/v1/wards`));
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it("never limits /health, so a load balancer's checks cannot fail for a busy address (finding 13)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await get(port, "/api/v1/health"));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe("TRUST_PROXY (finding 6)", () => {
  it("takes a hop count or a list of proxy addresses, and refuses 'true'", () => {
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 10.0.0.0/8" }).trustProxy).toEqual(["10.0.0.1", "10.0.0.0/8"]);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "không-phải-địa-chỉ" })).toThrow(/TRUST_PROXY/);
  });

  it("with one proxy, a client cannot escape its limit by prepending its own X-Forwarded-For", async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "3", TRUST_PROXY: "1" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await t.app.inject({ url: "/api/v1/wards", headers: { "x-forwarded-for": `203.0.113.${i}, 198.51.100.7` } });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      // Another client behind the same proxy has its own bucket.
      expect((await t.app.inject({ url: "/api/v1/wards", headers: { "x-forwarded-for": "198.51.100.8" } })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe("HTTPS public URL (finding 14)", () => {
  it("sends a Secure __Host- cookie and HSTS whenever PUBLIC_URL is https, whatever NODE_ENV says", async () => {
    const t = await startTestApp({ PUBLIC_URL: "https://phuong.example.vn", NODE_ENV: "test" });
    try {
      await createStaffFixtures(t.db);
      const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login: "editor-hc", password: PASSWORD } });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === "__Host-cds_session");
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: "/", sameSite: "Strict" });
      expect(cookie).not.toHaveProperty("domain");
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
      const me = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: `__Host-cds_session=${cookie?.value}` } });
      expect(me.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("keeps a plain cookie and no HSTS on a plain-http address (local use)", async () => {
    const t = await startTestApp({ PUBLIC_URL: "http://127.0.0.1:8080" });
    try {
      const res = await t.app.inject("/api/v1/wards");
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await t.close();
    }
    expect(() => loadConfig({ PUBLIC_URL: "ftp://x" })).toThrow(/PUBLIC_URL/);
  });
});

describe("timeouts (finding 9)", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ REQUEST_TIMEOUT_MS: "1500", KEEP_ALIVE_TIMEOUT_MS: "1000" });
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    port = (t.app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Opens a socket, writes `first`, then nothing: resolves with how long until the server closed it. */
  const closedAfter = (first: string) =>
    new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const socket = connect(port, "127.0.0.1", () => socket.write(first));
      socket.on("data", () => undefined);
      socket.on("close", () => resolve(Date.now() - started));
      socket.on("error", () => undefined);
      setTimeout(() => {
        socket.destroy();
        reject(new Error("the server kept a stalled connection open for 10 s"));
      }, 10_000);
    });

  it("closes a connection whose headers never finish", async () => {
    expect(await closedAfter("GET /api/v1/wards HTTP/1.1\r\nHost: x\r\nX-Slow: ")).toBeLessThan(8_000);
  });

  it("closes a connection whose body never finishes", async () => {
    expect(await closedAfter("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"login\":")).toBeLessThan(8_000);
  });

  it("closes an idle keep-alive connection", async () => {
    expect(await closedAfter("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")).toBeLessThan(8_000);
  });
});
