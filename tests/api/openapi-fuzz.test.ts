import { seededRandom } from "../support/seeded-random";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Bad input, generated from the API's own OpenAPI document: wrong types, huge and odd strings,
// missing and extra fields, path traversal in slugs, broken JSON and cookies. Every answer must be
// a 2xx/3xx/4xx (never a 5xx), carry no stack trace, and every 4xx must say what is wrong.

type Parameter = { name: string; in: "path" | "query"; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; items?: Schema; enum?: unknown[] };
type Doc = { paths: Record<string, Record<string, Operation>> };

const REQUESTS_PER_ROUTE = 60;

function cursorOf(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

const ODD_STRINGS = [
  "",
  " ",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "a".repeat(5_000),
  "Đ̵̛̈́ặ̷̒ng ký",
  "\u202Eevil",
  "\uD800",
  "😀".repeat(50),
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "null",
  "-1",
  "9".repeat(40),
  "hoa-cuong",
  "1",
  "NaN",
  "true",
  "{}",
  // Text no field means to hold, and text that is only spaces (finding 10 of issue 13).
  "a\u0000b",
  "\u0000",
  "Thông\u001bbáo",
  "\u007f",
  "   ",
  " \t\n ",
  // Cursors that decode but name impossible values, and numbers past every column.
  cursorOf([0, "2026-13-01T00:00:00.000Z", 5]),
  cursorOf([0, "2026-11-01T00:00:00.000Z", 2 ** 31]),
  cursorOf([1, "+275760-09-13T00:00:00.000Z", 1]),
  cursorOf([1e20]),
  "1e20",
  String(2 ** 31),
  "-0",
];
const BAD_CLASSES: unknown[] = [
  "a\u0000b",
  "Thông\u001bbáo",
  "   ",
  cursorOf([0, "2026-13-01T00:00:00.000Z", 5]),
  cursorOf([0, "2026-11-01T00:00:00.000Z", 2 ** 31]),
  cursorOf([1, "+275760-09-13T00:00:00.000Z", 1]),
  cursorOf([1e20]),
  1e20,
  2 ** 31,
];
const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, 1e20, 2 ** 31, [], {}, [1, "a"], { nested: { deep: [null] } }, ...ODD_STRINGS];

// A lone surrogate cannot be percent-encoded; send the invalid UTF-8 bytes a broken client would.
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

function oddValue(next: () => number): unknown {
  return ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
}

function plausible(schema: Schema | undefined, next: () => number): unknown {
  if (!schema) return oddValue(next);
  if (schema.enum?.length) return schema.enum[Math.floor(next() * schema.enum.length)];
  if (schema.anyOf?.length) return plausible(schema.anyOf[Math.floor(next() * schema.anyOf.length)], next);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "integer":
    case "number":
      return Math.floor(next() * 5) + 1;
    case "boolean":
      return next() < 0.5;
    case "array":
      return [plausible(schema.items, next)];
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, plausible(v, next)]));
    case "null":
      return null;
    default:
      return ["hoa-cuong", "Thông báo thử", "khai sinh", "2026-11-23T08:00:00.000Z"][Math.floor(next() * 4)];
  }
}

/** A body that is wrong in one or several ways: types, missing or extra fields, size, shape. */
function mutatedBody(schema: Schema | undefined, next: () => number): unknown {
  const base = plausible(schema, next);
  const roll = next();
  if (roll < 0.1) return oddValue(next);
  if (typeof base !== "object" || base === null || Array.isArray(base)) return base;
  const body = { ...(base as Record<string, unknown>) };
  const keys = Object.keys(body);
  const key = keys[Math.floor(next() * Math.max(1, keys.length))];
  if (roll < 0.35 && key) delete body[key];
  else if (roll < 0.7 && key) body[key] = oddValue(next);
  else if (roll < 0.85) body[`extra_${Math.floor(next() * 100)}`] = oddValue(next);
  return body;
}

function pathWith(path: string, next: () => number, valid: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    // A valid staff id is never the fuzzing admin's own: a reset would end its session mid-run.
    const good = path.startsWith("/api/v1/staff/") && name === "id" ? (valid.staffId ?? "2") : (valid[name] ?? "1");
    const value = next() < 0.4 ? good : String(oddValue(next));
    return encode(value).replace(/%2F/g, next() < 0.5 ? "/" : "%2F");
  });
}

let t: TestApp;
let admin: SignedIn;
let doc: Doc;

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "1000000", RESPONSE_CACHE_TTL_MS: "0" });
  await createStaffFixtures(t.db);
  admin = await signIn(t.app, "admin-hc");
  doc = (await t.app.inject("/api/openapi.json")).json<Doc>();
});
afterAll(async () => {
  await t?.close();
});

describe("OpenAPI-driven fuzzing", () => {
  it("never answers a generated bad request with a 5xx or a stack trace", async () => {
    const next = seededRandom(20261122);
    const editorId = (await t.db.query<{ id: number }>("select id from staff where login = 'editor-hc'"))[0]?.id;
    const valid: Record<string, string> = { ward: "hoa-cuong", slug: "dang-ky-khai-sinh", kind: "areas", file: "areas.xlsx", id: "1", staffId: String(editorId) };
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    let sent = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        // Signing out would end the admin session the rest of the run relies on.
        if (path.endsWith("/auth/logout")) continue;
        const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
        for (let i = 0; i < REQUESTS_PER_ROUTE; i++) {
          const query = (operation.parameters ?? [])
            .filter((p) => p.in === "query" && next() < 0.7)
            .map((p) => `${p.name}=${encode(String(oddValue(next)))}`);
          if (next() < 0.2) query.push(`unexpected=${encode(String(oddValue(next)))}`);
          const url = `${pathWith(path, next, valid)}${query.length ? `?${query.join("&")}` : ""}`;
          const who = next() < 0.6 ? admin : null;
          const headers: Record<string, string> = {};
          if (next() < 0.1) headers.cookie = `cds_session=${String(oddValue(next))}`;
          let payload: string | undefined;
          if (method !== "get") {
            headers["content-type"] = "application/json";
            payload = next() < 0.08 ? '{"broken": ' : JSON.stringify(mutatedBody(bodySchema, next));
          }
          const res = who
            ? await as(t.app, who, { method: method.toUpperCase() as "GET", url, headers, payload })
            : await t.app.inject({ method: method.toUpperCase() as "GET", url, headers, payload });
          sent++;
          byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
          const where = `${method.toUpperCase()} ${url.slice(0, 120)} → ${res.statusCode}`;
          if (res.statusCode >= 500) failures.push(`${where}: ${res.body.slice(0, 200)}`);
          if (/\bat .+\.(ts|js):\d+/.test(res.body)) failures.push(`${where}: stack trace in body`);
          if (res.statusCode >= 400 && res.statusCode < 500) {
            const message = (() => {
              try {
                return (JSON.parse(res.body) as { message?: unknown }).message;
              } catch {
                return undefined;
              }
            })();
            if (typeof message !== "string" || message.length < 5) failures.push(`${where}: 4xx without a message`);
          }
        }
      }
    }
    // The counts go into the test output, for the report.
    console.warn(`fuzz: ${sent} requests; by status ${JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b)))}`);
    expect(sent).toBeGreaterThan(1_000);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 240_000);

  // One bad value at a time, in every body field and query parameter of every route, for each class
  // that once gave a 500 (NUL, control characters, blank text, impossible cursors and numbers): the
  // random pass above can miss a class in a field; this one cannot.
  it("answers every bad-input class in every field with a 4xx that names the field", async () => {
    const failures: string[] = [];
    const byStatus = new Map<number, number>();
    let sent = 0;
    // `named`: the request was valid but for this field, so a 400 must name it.
    const record = (where: string, field: string, named: boolean, res: { statusCode: number; body: string }) => {
      sent++;
      byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode}: ${res.body.slice(0, 160)}`);
      else if (named && res.statusCode === 400 && !res.body.includes(field)) failures.push(`${where} → 400 without naming ${field}: ${res.body.slice(0, 160)}`);
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (path.endsWith("/auth/logout")) continue;
      const url = path.replace("{ward}", "hoa-cuong").replace("{slug}", "dang-ky-khai-sinh").replace("{kind}", "areas").replace("{file}", "areas.xlsx").replace("{id}", path.startsWith("/api/v1/staff/") ? "2" : "1");
      for (const [method, operation] of Object.entries(methods)) {
        const next = seededRandom(7);
        const queryParams = (operation.parameters ?? []).filter((p) => p.in === "query");
        for (const param of queryParams) {
          // As with a body field, the rest of the request is valid: every other required query
          // parameter gets a plausible value, so that a 400 can only be about this one.
          const others = queryParams
            .filter((p) => p.required && p.name !== param.name)
            .map((p) => `${p.name}=${encode(String(plausible(p.schema, next)))}&`)
            .join("");
          for (const bad of BAD_CLASSES) {
            const res = await as(t.app, admin, { method: method.toUpperCase() as "GET", url: `${url}?${others}${param.name}=${encode(String(bad))}` });
            record(`${method.toUpperCase()} ${url}?${param.name}=…`, param.name, true, res);
          }
        }
        const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
        const base = plausible(bodySchema, next);
        if (method === "get" || typeof base !== "object" || base === null || Array.isArray(base)) continue;
        const baseValid = (await as(t.app, admin, { method: method.toUpperCase() as "POST", url, payload: base })).statusCode !== 400;
        for (const field of Object.keys(base)) {
          if (field === "resetPassword" || field === "disabled") continue; // would end the fuzzing session's own rights
          for (const bad of BAD_CLASSES) {
            const res = await as(t.app, admin, { method: method.toUpperCase() as "POST", url, payload: { ...(base as object), [field]: bad } });
            record(`${method.toUpperCase()} ${url} ${field}=${JSON.stringify(bad).slice(0, 30)}`, field, baseValid, res);
          }
        }
      }
    }
    console.warn(`fuzz, one field at a time: ${sent} requests; by status ${JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b)))}`);
    expect(sent).toBeGreaterThan(500);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 240_000);
});
