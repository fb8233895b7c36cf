import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database";
import type { ServiceContext } from "../services/versioned-change";

/** What routes hand to services: the database, the app's clock, and its response caches. */
export const serviceContext = (app: FastifyInstance, db: Database): ServiceContext => ({ db, clock: app.clock, clearCaches: () => app.clearResponseCache() });
