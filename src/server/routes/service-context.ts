import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database";
import { forgetAllWardSearches } from "../repositories/search";
import type { ServiceContext } from "../services/versioned-change";

/**
 * What routes hand to services: the database, the app's clock, and its caches. Every committed
 * write clears the response cache and the ward searches kept for a second, so a resident searching
 * right after an edit or an import finds what was just written.
 */
export const serviceContext = (app: FastifyInstance, db: Database): ServiceContext => ({
  db,
  clock: app.clock,
  clearCaches: () => {
    app.clearResponseCache();
    forgetAllWardSearches(db);
  },
});
