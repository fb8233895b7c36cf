import { seededRandom } from "../support/seeded-random";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Bad input, generated from the API's own OpenAPI document: wrong types, huge and odd strings,
// missing and extra fields, path traversal in slugs, broken JSON and cookies. Every answer must be
// a 2xx/3xx/4xx (never a 5xx), carry no stack trace, and every 4xx must say what is wrong.

type Operation = { parameters?: { name: string; in: "path" | "query" }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; items?: Schema; enum?: unknown[] };
type Doc = { paths: Record<string, Record<string, Operation>> };

const REQUESTS_PER_ROUTE = 60;

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
];
const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, [], {}, [1, "a"], { nested: { deep: [null] } }, ...ODD_STRINGS];

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
    const value = next() < 0.4 ? (valid[name] ?? "1") : String(oddValue(next));
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
    const valid: Record<string, string> = { ward: "hoa-cuong", slug: "dang-ky-khai-sinh", id: "1" };
    const failures: string[] = [];
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
    expect(sent).toBeGreaterThan(1_000);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 240_000);
});
