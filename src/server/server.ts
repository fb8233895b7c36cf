import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/database";
import { prepareDatabase } from "./db/prepare";
import { scheduleRequestRetention } from "./services/request-retention";
import type { StaticApps } from "./plugins/static-apps";

export const LOG_REDACT = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-request-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.passwordHash",
];

export type RunningServer = {
  app: FastifyInstance;
  db: Database;
  url: string;
  close: () => Promise<void>;
  /** Set when this start created the first admin with a generated password: print it once. */
  firstAdmin: { login: string; password: string | null } | null;
};

/** Opens the database, migrates, seeds an empty one, and listens. Used by `npm start` and `npm run dev`. */
export async function startServer(config: Config, staticApps: StaticApps): Promise<RunningServer> {
  const db = await openDatabase(config.database);
  let app: FastifyInstance | undefined;
  try {
    const { firstAdmin, ...prepared } = await prepareDatabase(db, { demo: config.seedDemo, bootstrapAdmin: config.bootstrapAdmin });
    app = await buildApp({
      config,
      db,
      staticApps,
      logger: { level: config.logLevel, redact: { paths: LOG_REDACT, censor: "[redacted]" } },
    });
    app.log.info({ database: db.kind, ...prepared }, "database ready");
    const log = app.log;
    // Residents' photos and contact details go N months after a request closed (issue 17).
    const stopRetention = scheduleRequestRetention(db, () => new Date(), (err) => log.error({ err }, "request retention failed"), (r) => {
      if (r.requests > 0) log.info(r, "request retention removed personal data");
    });
    app.addHook("preClose", async () => stopRetention());
    app.addHook("onClose", async () => {
      await db.close();
    });
    const address = await app.listen({ host: config.host, port: config.port });
    const url = address.replace("0.0.0.0", "127.0.0.1").replace("[::]", "127.0.0.1");
    const server = app;
    return { app: server, db, url, close: () => server.close(), firstAdmin };
  } catch (error) {
    if (app) await app.close().catch(() => undefined);
    else await db.close().catch(() => undefined);
    throw error;
  }
}

/**
 * SIGTERM/SIGINT: stop accepting, let requests in flight finish, close the database. If that takes
 * longer than the configured timeout (under the 5 s that orchestrators usually wait), exit anyway.
 */
export function closeOnSignals(server: RunningServer, timeoutMs: number): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      server.app.log.error({ timeoutMs }, "shutdown timed out; exiting");
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        server.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
