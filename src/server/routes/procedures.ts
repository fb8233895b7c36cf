import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { procedureContracts } from "../../shared/api/procedures";
import { PROCEDURE_FIELDS, ProcedureFieldLabels } from "../../shared/schemas/procedure";
import type { Ward } from "../../shared/schemas/ward";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { findWardProcedure, loadWardProcedures, pageOfProcedures } from "../repositories/procedures";
import { requireWard } from "../repositories/wards";
import { serve } from "./serve";
import { PUBLIC_CACHE } from "./wards";

export const procedureRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  // Which confirmations hold depends on the time and the ward's review period.
  const confirmationClock = (ward: Ward) => ({ now: app.clock(), reviewPeriodDays: ward.reviewPeriodDays });
  const cached = { config: { cacheControl: PUBLIC_CACHE } };

  serve(
    app,
    procedureContracts.list,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const procedures = await loadWardProcedures(db, ward.slug, ward.offices, confirmationClock(ward));
      return pageOfProcedures(procedures, { ...request.query, limit: request.query.limit ?? 20 });
    },
    cached,
  );

  serve(
    app,
    procedureContracts.one,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const procedure = await findWardProcedure(db, ward.slug, ward.offices, request.params.slug, confirmationClock(ward));
      if (!procedure) throw notFound(`Thủ tục "${request.params.slug}"`);
      return procedure;
    },
    cached,
  );

  serve(
    app,
    procedureContracts.fields,
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
    cached,
  );

  serve(
    app,
    procedureContracts.catalogue,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const generatedAt = new Date().toISOString();
      const { items: all } = await loadWardProcedures(db, ward.slug, ward.offices, confirmationClock(ward));
      const since = request.query.since ? new Date(request.query.since) : null;
      // A copy of the list, not of the procedures: the cached list is shared by every request.
      const items = since ? all.filter((p) => Date.parse(p.updatedAt) > since.getTime()) : [...all];
      return { items, slugs: all.map((p) => p.slug), generatedAt };
    },
    cached,
  );
};
