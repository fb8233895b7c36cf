import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { guideContracts } from "../../shared/api/guides";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { findGuide, listGuides } from "../repositories/guides";
import { requireWard } from "../repositories/wards";
import { serve } from "./serve";
import { PUBLIC_CACHE } from "./wards";

export const guideRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const cached = { config: { cacheControl: PUBLIC_CACHE } };

  serve(
    app,
    guideContracts.list,
    async (request) => {
      await requireWard(db, request.params.ward);
      return { items: await listGuides(db, request.query.topic) };
    },
    cached,
  );

  serve(
    app,
    guideContracts.one,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const guide = await findGuide(db, request.params.slug, ward);
      if (!guide) throw notFound(`Hướng dẫn "${request.params.slug}"`);
      return guide;
    },
    cached,
  );
};
