import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { areaMatches } from "../../shared/area-search";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { AreaListQuerySchema, AreaListSchema, ContactsSchema, TeamListQuerySchema, TeamListSchema, TeamParamsSchema, TeamSchema } from "../../shared/schemas/team";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { EMERGENCY_NUMBERS } from "../repositories/search";
import { findTeam, listAreas, listTeams } from "../repositories/teams";
import { requireWard } from "../repositories/wards";
import { REVALIDATE } from "./wards";


export const teamRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema };

  app.get(
    "/wards/:ward/areas",
    {
      schema: { tags: ["teams"], summary: "Residential areas (tổ dân phố) with former names; q searches current and former names", params: WardParamsSchema, querystring: AreaListQuerySchema, response: { 200: AreaListSchema, ...errors } },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const areas = await listAreas(db, ward.slug);
      const q = request.query.q ?? "";
      return { items: areas.filter((a) => areaMatches(q, [a.name, a.formerName, a.formerWard, ...a.aliases, ...a.streets])) };
    },
  );

  app.get(
    "/wards/:ward/teams",
    {
      schema: { tags: ["teams"], summary: "Community digital technology teams; area= gives the team that covers that area", params: WardParamsSchema, querystring: TeamListQuerySchema, response: { 200: TeamListSchema, ...errors } },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const teams = await listTeams(db, ward.slug);
      const { area } = request.query;
      if (!area) return { items: teams };
      if (!(await listAreas(db, ward.slug)).some((a) => a.id === area)) throw notFound(`Tổ dân phố "${area}"`);
      return { items: teams.filter((t) => t.areas.some((a) => a.id === area)) };
    },
  );

  app.get(
    "/wards/:ward/teams/:id",
    {
      schema: { tags: ["teams"], summary: "One team with its members; a phone appears only if its owner agreed to show it", params: TeamParamsSchema, response: { 200: TeamSchema, ...errors } },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const team = await findTeam(db, ward.slug, request.params.id, ward.isDemo);
      if (!team) throw notFound(`Tổ công nghệ số "${request.params.id}"`);
      return team;
    },
  );

  app.get(
    "/wards/:ward/contacts",
    {
      schema: { tags: ["teams"], summary: "The ward's office, hotline and police, with opening hours, and emergency numbers", params: WardParamsSchema, response: { 200: ContactsSchema, ...errors } },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return { hotline: ward.hotline, offices: ward.offices, emergency: EMERGENCY_NUMBERS, isDemo: ward.isDemo };
    },
  );
};
