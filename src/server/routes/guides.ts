import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { GuideDetailSchema, GuideListQuerySchema, GuideListSchema, GuideParamsSchema } from "../../shared/schemas/guide-api";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { findGuide, listGuides } from "../repositories/guides";
import { requireWard } from "../repositories/wards";
import { PUBLIC_CACHE } from "./wards";

export const guideRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    "/wards/:ward/guides",
    {
      schema: {
        tags: ["guides"],
        summary: "Step-by-step guides (VNeID, QR payment, scams), optionally of one topic",
        params: WardParamsSchema,
        querystring: GuideListQuerySchema,
        response: { 200: GuideListSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      await requireWard(db, request.params.ward);
      return { items: await listGuides(db, request.query.topic) };
    },
  );

  app.get(
    "/wards/:ward/guides/:slug",
    {
      schema: {
        tags: ["guides"],
        summary: "One guide with its steps, troubleshooting and sources, plus the ward's police office",
        params: GuideParamsSchema,
        response: { 200: GuideDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const guide = await findGuide(db, request.params.slug, ward);
      if (!guide) throw notFound(`Hướng dẫn "${request.params.slug}"`);
      return guide;
    },
  );
};
