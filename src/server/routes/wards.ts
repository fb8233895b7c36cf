import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { wardContracts } from "../../shared/api/wards";
import type { Database } from "../db/database";
import { listWards, requireWard } from "../repositories/wards";
import { serve } from "./serve";

/** National catalogue content (procedures, guides, the list of wards): may be reused for a minute. */
export const PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=600";
/**
 * What a ward's staff change and residents must not see after it is gone (a withdrawn notice, a
 * phone whose owner withdrew consent, new office hours): kept, but revalidated on every open; the
 * ETag turns an unchanged answer into a 304 with no body.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";

export const wardRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  serve(app, wardContracts.list, async () => ({ items: await listWards(db) }), { config: { cacheControl: PUBLIC_CACHE } });
  serve(app, wardContracts.one, async (request) => requireWard(db, request.params.ward), { config: { cacheControl: REVALIDATE } });
};
