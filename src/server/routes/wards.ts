import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { WardListSchema, WardSchema } from "../../shared/schemas/ward";
import type { Database } from "../db/database";
import { listWards, requireWard } from "../repositories/wards";

/** National catalogue content (procedures, guides, the list of wards): may be reused for a minute. */
export const PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=600";
/**
 * What a ward's staff change and residents must not see after it is gone (a withdrawn notice, a
 * phone whose owner withdrew consent, new office hours): kept, but revalidated on every open; the
 * ETag turns an unchanged answer into a 304 with no body.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";

export const wardRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    "/wards",
    {
      schema: { tags: ["wards"], summary: "Wards served by this deployment", response: { 200: WardListSchema } },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async () => ({ items: await listWards(db) }),
  );

  app.get(
    "/wards/:ward",
    {
      schema: {
        tags: ["wards"],
        summary: "One ward with its offices, opening hours, hotline and former units",
        params: WardParamsSchema,
        response: { 200: WardSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      return requireWard(db, request.params.ward);
    },
  );
};
