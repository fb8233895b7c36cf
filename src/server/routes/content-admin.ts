import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { ManagedProcedureListSchema, ManagedProcedureSchema, ManagedTeamListSchema, ManagedTeamSchema, TeamPatchSchema, WardProcedurePutSchema } from "../../shared/schemas/content-admin";
import { ProcedureParamsSchema } from "../../shared/schemas/procedure-api";
import { TeamParamsSchema } from "../../shared/schemas/team";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { listManagedProcedures, listManagedTeams, putWardProcedure, updateTeam } from "../repositories/content-writes";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

/** Editors keep the ward's own content current: its part of each procedure, and its teams. */
export const contentAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    "/wards/:ward/manage/procedures",
    { schema: { tags: ["staff"], summary: "Every procedure with the ward's part (staff)", params: WardParamsSchema, response: { 200: ManagedProcedureListSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      return { items: await listManagedProcedures(db, request.params.ward) };
    },
  );

  app.put(
    "/wards/:ward/procedures/:slug/local",
    { schema: { tags: ["staff"], summary: "Set the ward's part of a procedure: office, local note, popularity, hidden", params: ProcedureParamsSchema, body: WardProcedurePutSchema, response: { 200: ManagedProcedureSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      const saved = await putWardProcedure(db, request.params.ward, request.params.slug, request.body, staff, app.clock());
      app.clearResponseCache();
      return saved;
    },
  );

  app.get(
    "/wards/:ward/manage/teams",
    { schema: { tags: ["staff"], summary: "Teams with every member's phone and consent (staff only)", params: WardParamsSchema, response: { 200: ManagedTeamListSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      return { items: await listManagedTeams(db, request.params.ward) };
    },
  );

  app.patch(
    "/wards/:ward/teams/:id",
    { schema: { tags: ["staff"], summary: "Edit a team and its members; a phone is public only with phonePublic", params: TeamParamsSchema, body: TeamPatchSchema, response: { 200: ManagedTeamSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      const saved = await updateTeam(db, request.params.ward, request.params.id, request.body, staff, app.clock());
      app.clearResponseCache();
      return saved;
    },
  );
};
