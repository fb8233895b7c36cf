import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { PROCEDURE_FIELDS, ProcedureFieldLabels } from "../../shared/schemas/procedure";
import {
  ProcedureCatalogueQuerySchema,
  ProcedureCatalogueSchema,
  ProcedureDetailSchema,
  ProcedureFieldCountsSchema,
  ProcedureListQuerySchema,
  ProcedurePageSchema,
  ProcedureParamsSchema,
} from "../../shared/schemas/procedure-api";
import type { Ward } from "../../shared/schemas/ward";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { findWardProcedure, loadWardProcedures, pageOfProcedures } from "../repositories/procedures";
import { requireWard } from "../repositories/wards";
import { PUBLIC_CACHE } from "./wards";

export const procedureRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  // Which confirmations hold depends on the time and the ward's review period.
  const confirmationClock = (ward: Ward) => ({ now: app.clock(), reviewPeriodDays: ward.reviewPeriodDays });

  app.get(
    "/wards/:ward/procedures",
    {
      schema: {
        tags: ["procedures"],
        summary: "Procedures of the ward; ranked by relevance when q is given (diacritics optional, residents' words understood)",
        params: WardParamsSchema,
        querystring: ProcedureListQuerySchema,
        response: { 200: ProcedurePageSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const procedures = await loadWardProcedures(db, ward.slug, ward.offices, confirmationClock(ward));
      return pageOfProcedures(procedures, { ...request.query, limit: request.query.limit ?? 20 });
    },
  );

  app.get(
    "/wards/:ward/procedures/:slug",
    {
      schema: {
        tags: ["procedures"],
        summary: "One procedure: national content with where to file it in this ward",
        params: ProcedureParamsSchema,
        response: { 200: ProcedureDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const procedure = await findWardProcedure(db, ward.slug, ward.offices, request.params.slug, confirmationClock(ward));
      if (!procedure) throw notFound(`Thủ tục "${request.params.slug}"`);
      return procedure;
    },
  );

  app.get(
    "/wards/:ward/procedure-fields",
    {
      schema: {
        tags: ["procedures"],
        summary: "Fields (lĩnh vực) with how many procedures each has",
        params: WardParamsSchema,
        response: { 200: ProcedureFieldCountsSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const { items: procedures } = await loadWardProcedures(db, ward.slug, ward.offices, confirmationClock(ward));
      const items = PROCEDURE_FIELDS.map((field) => ({
        field,
        label: ProcedureFieldLabels[field],
        count: procedures.filter((p) => p.field === field).length,
      })).filter((f) => f.count > 0);
      return { items };
    },
  );

  app.get(
    "/wards/:ward/procedure-catalogue",
    {
      schema: {
        tags: ["procedures"],
        summary: "Every procedure in full, for offline use; with since, only what changed (plus all current slugs)",
        params: WardParamsSchema,
        querystring: ProcedureCatalogueQuerySchema,
        response: { 200: ProcedureCatalogueSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const generatedAt = new Date().toISOString();
      const { items: all } = await loadWardProcedures(db, ward.slug, ward.offices, confirmationClock(ward));
      const since = request.query.since ? new Date(request.query.since) : null;
      // A copy of the list, not of the procedures: the cached list is shared by every request.
      const items = since ? all.filter((p) => Date.parse(p.updatedAt) > since.getTime()) : [...all];
      return { items, slugs: all.map((p) => p.slug), generatedAt };
    },
  );
};
