import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Config } from "./config";
import type { Database } from "./db/database";
import { registerApiDocs } from "./plugins/api-docs";
import { registerAuth } from "./plugins/auth";
import { registerCompression } from "./plugins/compression";
import { registerErrorHandler } from "./plugins/error-handler";
import { registerHttpCache } from "./plugins/http-cache";
import { registerResponseCache } from "./plugins/response-cache";
import { registerSecurity } from "./plugins/security";
import { registerStaticApps, type StaticApps } from "./plugins/static-apps";
import { announcementAdminRoutes } from "./routes/announcements-admin";
import { announcementRoutes } from "./routes/announcements";
import { authRoutes } from "./routes/auth";
import { contentAdminRoutes } from "./routes/content-admin";
import { staffAdminRoutes } from "./routes/staff-admin";
import { guideRoutes } from "./routes/guides";
import { healthRoutes } from "./routes/health";
import { procedureRoutes } from "./routes/procedures";
import { teamRoutes } from "./routes/teams";
import { usageRoutes } from "./routes/usage";
import { wardRoutes } from "./routes/wards";
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

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp({ config, db, staticApps, logger = false, clock = () => new Date() }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    // A well-formed id from a proxy ties our log lines to its; anything else gets a fresh one.
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate("clock", clock);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandler(app);
  await registerSecurity(app, config);
  await registerHttpCache(app);
  await registerResponseCache(app, { ttlMs: config.responseCacheTtlMs });
  await registerCompression(app);
  await registerApiDocs(app, APP_VERSION);
  await registerAuth(app, db);

  await app.register(healthRoutes, { prefix: "/api/v1", db, version: APP_VERSION });
  await app.register(wardRoutes, { prefix: "/api/v1", db });
  await app.register(announcementRoutes, { prefix: "/api/v1", db });
  await app.register(procedureRoutes, { prefix: "/api/v1", db });
  await app.register(guideRoutes, { prefix: "/api/v1", db });
  await app.register(teamRoutes, { prefix: "/api/v1", db });
  await app.register(authRoutes, { prefix: "/api/v1", db });
  await app.register(announcementAdminRoutes, { prefix: "/api/v1", db });
  await app.register(staffAdminRoutes, { prefix: "/api/v1", db });
  await app.register(contentAdminRoutes, { prefix: "/api/v1", db });
  await app.register(usageRoutes, { prefix: "/api/v1", db });

  await registerStaticApps(app, staticApps ?? { appDir: null, consoleDir: null });
  return app;
}
