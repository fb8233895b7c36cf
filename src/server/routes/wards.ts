import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { WardListSchema, WardSchema } from "../../shared/schemas/ward";
import type { Database } from "../db/database";
import { listWards, requireWard } from "../repositories/wards";

export const PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=600";

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
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      return requireWard(db, request.params.ward);
    },
  );
};
