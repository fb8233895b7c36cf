import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { areaMatches } from "../../shared/area-search";
import { teamContracts } from "../../shared/api/teams";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { EMERGENCY_NUMBERS } from "../repositories/search";
import { findTeam, listAreas, listTeams } from "../repositories/teams";
import { requireWard } from "../repositories/wards";
import { serve } from "./serve";
import { REVALIDATE } from "./wards";

export const teamRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const revalidated = { config: { cacheControl: REVALIDATE } };

  serve(
    app,
    teamContracts.areas,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const areas = await listAreas(db, ward.slug);
      const q = request.query.q ?? "";
      return { items: areas.filter((a) => areaMatches(q, [a.name, a.formerName, a.formerWard, ...a.aliases, ...a.streets])) };
    },
    revalidated,
  );

  serve(
    app,
    teamContracts.list,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const teams = await listTeams(db, ward.slug);
      const { area } = request.query;
      if (!area) return { items: teams };
      if (!(await listAreas(db, ward.slug)).some((a) => a.id === area)) throw notFound(`Tổ dân phố "${area}"`);
      return { items: teams.filter((t) => t.areas.some((a) => a.id === area)) };
    },
    revalidated,
  );

  serve(
    app,
    teamContracts.one,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const team = await findTeam(db, ward.slug, request.params.id, ward.isDemo);
      if (!team) throw notFound(`Tổ công nghệ số "${request.params.id}"`);
      return team;
    },
    revalidated,
  );

  serve(
    app,
    teamContracts.contacts,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return { hotline: ward.hotline, offices: ward.offices, emergency: EMERGENCY_NUMBERS, isDemo: ward.isDemo };
    },
    revalidated,
  );
};
