import Type, { type Static } from "typebox";
import Value from "typebox/value";

// Zalo serves mini apps from its own hosts; the webview's requests carry one of these origins.
export const ZALO_WEBVIEW_ORIGINS = ["https://h5.zdn.vn", "https://mini.zalo.me", "zbrowser://h5.zdn.vn"];

const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal("development"), Type.Literal("production"), Type.Literal("test")], {
    default: "development",
  }),
  HOST: Type.String({ default: "127.0.0.1", minLength: 1 }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: "^postgres(ql)?://" })),
  DATA_DIR: Type.String({ default: "./data", minLength: 1 }),
  LOG_LEVEL: Type.Union(
    ["fatal", "error", "warn", "info", "debug", "trace", "silent"].map((l) => Type.Literal(l)),
    { default: "info" },
  ),
  CORS_ORIGINS: Type.String({ default: "", description: "Comma-separated extra origins allowed to call the API" }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600 }),
  LOGIN_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 20 }),
  TRUST_PROXY: Type.String({ default: "false", description: "false, a hop count, or proxy addresses/CIDRs, comma-separated" }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: "^https?://[^/\\s]+", description: "Where staff and residents reach this server; https turns on Secure cookies and HSTS" })),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 1_000, maximum: 600_000, default: 30_000 }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({ minimum: 500, maximum: 120_000, default: 5_000 }),
  SEED_DEMO: Type.Boolean({ default: true }),
  BOOTSTRAP_ADMIN_LOGIN: Type.Optional(Type.String({ pattern: "^[A-Za-z0-9._-]{3,40}$" })),
  BOOTSTRAP_ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
  RESPONSE_CACHE_TTL_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 1_000 }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 60_000, default: 4_500 }),
  REQUESTS_PER_HOUR: Type.Integer({ minimum: 1, maximum: 10_000, default: 5, description: "Residents' requests per address and per contact phone per hour" }),
  ZALO_OA_API_URL: Type.String({ default: "https://openapi.zalo.me", pattern: "^https?://[^\\s]+$" }),
  ZALO_OA_ACCESS_TOKEN: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
});
type Env = Static<typeof EnvSchema>;

export type Config = {
  env: Env["NODE_ENV"];
  host: string;
  port: number;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  logLevel: string;
  corsOrigins: string[];
  rateLimitPerMinute: number;
  /** Sign-in attempts per address per minute, on top of the per-login-and-address lock. */
  loginRateLimitPerMinute: number;
  /** Fastify's trustProxy: false, the number of proxies in front, or their addresses. */
  trustProxy: false | number | string[];
  /** True when the public URL is https: Secure `__Host-` cookie and HSTS. */
  https: boolean;
  timeouts: { requestMs: number; headersMs: number; keepAliveMs: number };
  seedDemo: boolean;
  shutdownTimeoutMs: number;
  responseCacheTtlMs: number;
  bootstrapAdmin: { login?: string | undefined; password?: string | undefined };
  /** Residents' requests per address and per contact phone per hour. */
  requestsPerHour: number;
  /** Zalo Official Account API; without a token no message is sent (and the console says so). */
  zaloOa: { apiUrl: string; accessToken: string | null };
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;

/**
 * `true` would trust every X-Forwarded-For entry, so a client could pick its own address and escape
 * per-address limits: only a hop count or the proxies' own addresses say whom to believe.
 */
function parseTrustProxy(value: string): false | number | string[] {
  if (value === "false" || value === "0") return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const list = value.split(",").map((a) => a.trim()).filter(Boolean);
  if (value !== "true" && list.length > 0 && list.every((a) => ADDRESS.test(a))) return list;
  throw new ConfigError(
    `Invalid configuration:\n  TRUST_PROXY=${JSON.stringify(value)}: give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.1,10.0.0.0/8); "true" would trust any address a client writes.`,
  );
}

/**
 * Reads and checks the environment once, at start. A bad value stops the server with a message
 * that names the variable, instead of failing later in some request.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(EnvSchema.properties);
  // Empty strings count as unset so `PORT= npm start` behaves like no PORT at all.
  const raw = Object.fromEntries(
    known.filter((k) => source[k] !== undefined && source[k] !== "").map((k) => [k, source[k]]),
  );
  const withDefaults = Value.Default(EnvSchema, Value.Convert(EnvSchema, raw));
  if (!Value.Check(EnvSchema, withDefaults)) {
    const problems = [...Value.Errors(EnvSchema, withDefaults)].map((e) => {
      const name = e.instancePath.replace(/^\//, "") || String((e.params as { requiredProperties?: string[] }).requiredProperties ?? "");
      // A bad password is named, never echoed.
      const shown = name.includes("PASSWORD") || name.includes("TOKEN") ? "(hidden)" : JSON.stringify(raw[name] ?? "");
      return `${name}=${shown}: ${e.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${[...new Set(problems)].join("\n  ")}`);
  }
  const env = withDefaults as Env;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.DATA_DIR },
    logLevel: env.LOG_LEVEL,
    corsOrigins: [
      ...ZALO_WEBVIEW_ORIGINS,
      ...env.CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
    ],
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    https: env.PUBLIC_URL?.startsWith("https://") ?? false,
    timeouts: { requestMs: env.REQUEST_TIMEOUT_MS, headersMs: Math.min(10_000, env.REQUEST_TIMEOUT_MS), keepAliveMs: env.KEEP_ALIVE_TIMEOUT_MS },
    seedDemo: env.SEED_DEMO,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    responseCacheTtlMs: env.RESPONSE_CACHE_TTL_MS,
    bootstrapAdmin: { login: env.BOOTSTRAP_ADMIN_LOGIN, password: env.BOOTSTRAP_ADMIN_PASSWORD },
    requestsPerHour: env.REQUESTS_PER_HOUR,
    zaloOa: { apiUrl: env.ZALO_OA_API_URL.replace(/\/+$/, ""), accessToken: env.ZALO_OA_ACCESS_TOKEN ?? null },
  };
}
