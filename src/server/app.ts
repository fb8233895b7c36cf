import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import multipart from "@fastify/multipart";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Config } from "./config";
import type { Database } from "./db/database";
import { registerApiDocs } from "./plugins/api-docs";
import { registerAuth, staffScopeGate } from "./plugins/auth";
import { registerCompression } from "./plugins/compression";
import { registerErrorHandler } from "./plugins/error-handler";
import { registerHttpCache } from "./plugins/http-cache";
import { registerInputSafety } from "./plugins/input-safety";
import { registerResponseCache } from "./plugins/response-cache";
import { registerSecurity } from "./plugins/security";
import { registerStaticApps, type StaticApps } from "./plugins/static-apps";
import { announcementAdminRoutes } from "./routes/announcements-admin";
import { announcementRoutes } from "./routes/announcements";
import { authRoutes, sessionRoutes } from "./routes/auth";
import { contentAdminRoutes } from "./routes/content-admin";
import { staffAdminRoutes } from "./routes/staff-admin";
import { guideRoutes } from "./routes/guides";
import { healthRoutes } from "./routes/health";
import { procedureConfirmationRoutes } from "./routes/procedure-confirmations";
import { procedureRoutes } from "./routes/procedures";
import { requestAdminRoutes } from "./routes/requests-admin";
import { requestRoutes } from "./routes/requests";
import { searchRoutes, searchStaffRoutes } from "./routes/search";
import { spreadsheetRoutes } from "./routes/spreadsheets";
import { teamRoutes } from "./routes/teams";
import { usageRoutes, usageStaffRoutes } from "./routes/usage";
import { wardRoutes } from "./routes/wards";
import { bootDataSource } from "./lib/boot-data";
import { APP_VERSION } from "./version";

export type BuildOptions = {
  config: Config;
  db: Database;
  staticApps?: StaticApps;
  /** Tests pass false; the server passes its pino options. */
  logger?: boolean | Record<string, unknown>;
  /** What "now" is for schedules, expiry and sessions; tests move it. */
  clock?: () => Date;
};

declare module "fastify" {
  interface FastifyInstance {
    clock: () => Date;
  }
}

/**
 * A hop count trusts that many proxies nearest to us, whoever they are (Fastify itself refuses a
 * bare number, because a client that reaches the server directly could then fake its address): use
 * it only when the server is reachable through the proxy alone, otherwise list the proxies.
 */
const trustProxyOption = (trust: Config["trustProxy"]) => (typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust);

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

// Residents' search terms are theirs: the logged URL keeps the parameter's name, not its value.
const redactQuery = (url: string) => url.replace(/([?&]q=)[^&]*/g, "$1[redacted]");
const requestSerializer = (req: { method: string; url: string; ip?: string; socket?: { remotePort?: number } }) => ({
  method: req.method,
  url: redactQuery(req.url),
  remoteAddress: req.ip,
  remotePort: req.socket?.remotePort,
});

export async function buildApp({ config, db, staticApps, logger = false, clock = () => new Date() }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: typeof logger === "object" ? { ...logger, serializers: { req: requestSerializer, ...(logger.serializers as object | undefined) } } : logger,
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 256 * 1024,
    // Slow senders (slowloris) must not hold connections forever: the whole request, its headers,
    // and an idle keep-alive connection each have a deadline; Node checks them every second.
    requestTimeout: config.timeouts.requestMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    http: { headersTimeout: config.timeouts.headersMs, connectionsCheckingInterval: 1_000 },
    // A well-formed id from a proxy ties our log lines to its; anything else gets a fresh one.
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // verbose: errors carry their schema, so a message can list an enum's values (validation-message.ts).
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false, allErrors: false, verbose: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate("clock", clock);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandler(app);
  registerInputSafety(app);
  await registerSecurity(app, config);
  await registerHttpCache(app);
  await registerResponseCache(app, { ttlMs: config.responseCacheTtlMs });
  await registerCompression(app);
  await registerApiDocs(app, APP_VERSION);
  await registerAuth(app, db, config.https);
  // Parsed only where a route asks (lib/uploads.ts readMultipart), with that route's own limits.
  await app.register(multipart, { throwFileSizeLimit: true });

  await app.register(healthRoutes, { prefix: "/api/v1", db, version: APP_VERSION });
  await app.register(wardRoutes, { prefix: "/api/v1", db });
  await app.register(announcementRoutes, { prefix: "/api/v1", db });
  await app.register(procedureRoutes, { prefix: "/api/v1", db });
  await app.register(guideRoutes, { prefix: "/api/v1", db });
  await app.register(teamRoutes, { prefix: "/api/v1", db });
  await app.register(searchRoutes, { prefix: "/api/v1", db });
  await app.register(usageRoutes, { prefix: "/api/v1", db });
  await app.register(requestRoutes, { prefix: "/api/v1", db, requestsPerHour: config.requestsPerHour });
  await app.register(authRoutes, { prefix: "/api/v1", db, perMinute: config.loginRateLimitPerMinute });
  // Every staff route goes in here: signed in and CSRF-checked before its body is even parsed.
  await app.register(async (staffScope) => {
    staffScope.addHook("onRequest", staffScopeGate);
    await staffScope.register(sessionRoutes, { prefix: "/api/v1", db });
    await staffScope.register(announcementAdminRoutes, { prefix: "/api/v1", db });
    await staffScope.register(staffAdminRoutes, { prefix: "/api/v1", db });
    await staffScope.register(contentAdminRoutes, { prefix: "/api/v1", db });
    await staffScope.register(procedureConfirmationRoutes, { prefix: "/api/v1", db });
    await staffScope.register(searchStaffRoutes, { prefix: "/api/v1", db });
    await staffScope.register(usageStaffRoutes, { prefix: "/api/v1", db });
    await staffScope.register(spreadsheetRoutes, { prefix: "/api/v1", db });
    await staffScope.register(requestAdminRoutes, { prefix: "/api/v1", db, oa: config.zaloOa });
  });

  await registerStaticApps(app, staticApps ?? { appDir: null, consoleDir: null }, bootDataSource(db, clock));
  return app;
}
