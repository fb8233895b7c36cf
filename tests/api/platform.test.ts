import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "1000" });
  // A route that fails like a bug would, to see what the error handler lets out.
  t.app.get("/api/v1/test-only/boom", async () => {
    throw new Error("secret detail: password=hunter2 at db.internal:5432");
  });
});
afterAll(async () => {
  await t?.close();
});

describe("health", () => {
  it("reports the database and the applied migration", async () => {
    const res = await t.app.inject("/api/v1/health");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: { kind: t.db.kind, ok: true, migration: expect.any(Number) } });
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("OpenAPI", () => {
  it("documents every public route with its parameters and responses", async () => {
    const res = await t.app.inject("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/health", "/api/v1/wards", "/api/v1/wards/{ward}", "/api/v1/wards/{ward}/announcements", "/api/v1/wards/{ward}/announcements/{id}"]),
    );
    const list = doc.paths["/api/v1/wards/{ward}/announcements"]?.get;
    expect(list?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["ward", "category", "cursor", "limit"]));
    expect(Object.keys(list?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404"]));
  });

  it("serves Swagger UI at /api/docs", async () => {
    const res = await t.app.inject("/api/docs/");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("swagger");
  });
});

describe("errors", () => {
  it("hides a bug's details behind a generic 500 with the request id", async () => {
    const res = await t.app.inject({ url: "/api/v1/test-only/boom", headers: { "x-request-id": "req-123" } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      statusCode: 500,
      error: "Internal Server Error",
      code: "INTERNAL",
      message: expect.stringContaining("req-123"),
      requestId: "req-123",
    });
    expect(res.body).not.toMatch(/secret|hunter2|db\.internal|at .*\.ts/);
  });

  it("answers an unknown API route with a 404 JSON that points to the docs", async () => {
    const res = await t.app.inject("/api/v1/khong-co");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "ROUTE_NOT_FOUND", message: expect.stringContaining("/api/docs") });
  });

  it("answers a malformed JSON body with a 4xx JSON error, never a 500", async () => {
    for (const url of ["/api/v1/wards", "/api/v1/wards/hoa-cuong/announcements"]) {
      const res = await t.app.inject({ method: "POST", url, payload: '{"title": ', headers: { "content-type": "application/json" } });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().message).toEqual(expect.any(String));
    }
  });

  it("gives every response a request id, echoing a well-formed incoming one only", async () => {
    expect((await t.app.inject({ url: "/api/v1/wards", headers: { "x-request-id": "abc-1" } })).headers["x-request-id"]).toBe("abc-1");
    const replaced = (await t.app.inject({ url: "/api/v1/wards", headers: { "x-request-id": "<script>" } })).headers["x-request-id"];
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("security headers and CORS", () => {
  it("sets helmet's headers", async () => {
    const res = await t.app.inject("/api/v1/wards");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("lets Zalo's webview origin read the API, and no other origin", async () => {
    const zalo = await t.app.inject({ url: "/api/v1/wards", headers: { origin: "https://h5.zdn.vn" } });
    expect(zalo.headers["access-control-allow-origin"]).toBe("https://h5.zdn.vn");
    const other = await t.app.inject({ url: "/api/v1/wards", headers: { origin: "https://evil.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("rate limit", () => {
  it("answers 429 with a clear message once a client goes over the limit", async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.app.inject("/api/v1/wards")).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await limited.app.inject("/api/v1/wards");
      expect(res.json()).toMatchObject({ statusCode: 429, code: "RATE_LIMITED", message: expect.stringContaining("phút") });
      expect(res.headers["retry-after"]).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});

describe("response micro-cache", () => {
  it("answers repeats from memory for a moment, and shows a change once cleared", async () => {
    const url = "/api/v1/wards/hoa-cuong/announcements?limit=1";
    const first = (await t.app.inject(url)).json<{ items: { id: number; title: string }[] }>().items[0];
    if (!first) throw new Error("no announcement");
    await t.db.query("update announcements set title = $1, excerpt = excerpt where id = $2", ["Tiêu đề đã sửa", first.id]);
    const cached = await t.app.inject(url);
    expect(cached.json().items[0].title).toBe(first.title);
    // A conditional request against the cached copy still gets its 304.
    expect((await t.app.inject({ url, headers: { "if-none-match": String(cached.headers.etag) } })).statusCode).toBe(304);
    t.app.clearResponseCache();
    expect((await t.app.inject(url)).json().items[0].title).toBe("Tiêu đề đã sửa");
  });

  it("never caches errors or uncacheable routes", async () => {
    expect((await t.app.inject("/api/v1/wards/khong-co")).statusCode).toBe(404);
    await t.db.query("insert into wards (slug, name, province, branding) values ('khong-co', 'Phường Thử', 'Tỉnh Thử', $1)", [
      JSON.stringify({ title: "Thử", color: "#000000", logoUrl: null }),
    ]);
    expect((await t.app.inject("/api/v1/wards/khong-co")).statusCode).toBe(200);
    await t.db.query("delete from wards where slug = 'khong-co'");
  });
});

describe("request size", () => {
  it("answers a body over the limit with a clear 413, before any route runs", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ login: "x", password: "a".repeat(300 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: "BODY_TOO_LARGE", message: expect.stringContaining("quá lớn") });
  });
});

describe("compression", () => {
  it("compresses large answers for clients that accept it, keeps ETag and 304, and leaves others plain", async () => {
    const url = "/api/v1/wards/hoa-cuong/procedure-catalogue";
    const plain = await t.app.inject(url);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [accept, encoding, decode] of [
      ["gzip", "gzip", gunzipSync],
      ["gzip, deflate, br", "br", brotliDecompressSync],
    ] as const) {
      const res = await t.app.inject({ url, headers: { "accept-encoding": accept } });
      expect(res.headers["content-encoding"]).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
      expect(decode(res.rawPayload).toString("utf8")).toBe(plain.body);
      expect(res.headers.etag).toBe(plain.headers.etag);
      const again = await t.app.inject({ url, headers: { "accept-encoding": accept, "if-none-match": String(res.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    }
  });
});
