import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import Type from "typebox";
import {
  GuidePutSchema,
  ManagedAreaListSchema,
  ManagedAreaSchema,
  ManagedGuideListSchema,
  ManagedGuideSchema,
  ManagedProcedureListSchema,
  ManagedProcedureSchema,
  ManagedTeamListSchema,
  ManagedTeamSchema,
  TeamPatchSchema,
  WardProcedurePutSchema,
} from "../../shared/schemas/content-admin";
import { AuditPageSchema, AuditQuerySchema } from "../../shared/schemas/audit";
import { GuideSlugSchema } from "../../shared/schemas/guide";
import { ApiError } from "../lib/api-error";
import { ProcedureParamsSchema } from "../../shared/schemas/procedure-api";
import { TeamParamsSchema } from "../../shared/schemas/team";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { listManagedAreas } from "../repositories/area-admin";
import { listAudit } from "../repositories/audit";
import { listManagedGuides } from "../repositories/guide-admin";
import { listManagedTeams } from "../repositories/team-admin";
import { listManagedProcedures } from "../repositories/ward-procedure-admin";
import { putGuide } from "../services/national-content";
import { putArea, putWardProcedure, updateTeam } from "../services/ward-content";
import { auditPage } from "./audit-page";
import { serviceContext } from "./service-context";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

/** Editors keep the ward's own content current (its part of each procedure, teams, areas); the national role keeps the guides. */
export const contentAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);

  app.get(
    "/wards/:ward/manage/areas",
    { schema: { tags: ["staff"], summary: "Residential areas with the team covering each (staff)", params: WardParamsSchema, response: { 200: ManagedAreaListSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      return { items: await listManagedAreas(db, request.params.ward) };
    },
  );

  app.put(
    "/wards/:ward/areas/:id",
    { schema: { tags: ["staff"], summary: "Create or edit an area (version absent to create) and the team that covers it", params: TeamParamsSchema, body: ManagedAreaSchema, response: { 200: ManagedAreaSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      if (request.body.id !== request.params.id) throw new ApiError(422, "ID_MISMATCH", "Mã tổ dân phố trong nội dung phải trùng với đường dẫn.");
      return putArea(ctx, request.params.ward, request.body, staff);
    },
  );

  app.get(
    "/manage/guides",
    { schema: { tags: ["staff"], summary: "Every guide with its version (national role: guides are shared by every ward)", response: { 200: ManagedGuideListSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema } } },
    async (request) => {
      requireStaff(request, { role: "national-editor" });
      return { items: await listManagedGuides(db) };
    },
  );

  app.put(
    "/guides/:slug",
    { schema: { tags: ["staff"], summary: "Replace a guide's content (national role); checked like the catalogue files", params: Type.Object({ slug: GuideSlugSchema }, { additionalProperties: false }), body: GuidePutSchema, response: { 200: ManagedGuideSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { role: "national-editor" });
      return putGuide(ctx, request.params.slug, request.body.version, request.body.content, staff);
    },
  );

  app.get(
    "/manage/audit",
    { schema: { tags: ["staff"], summary: "Changes to national content and national accounts, newest first (national role)", querystring: AuditQuerySchema, response: { 200: AuditPageSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { role: "national-editor" });
      return auditPage(request.query, (limit, before) => listAudit(db, null, limit, before));
    },
  );

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
    { schema: { tags: ["staff"], summary: "Set the ward's part of a procedure: office, local note, popularity, hidden (version absent on the first save)", params: ProcedureParamsSchema, body: WardProcedurePutSchema, response: { 200: ManagedProcedureSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      return putWardProcedure(ctx, request.params.ward, request.params.slug, request.body, staff);
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
      return updateTeam(ctx, request.params.ward, request.params.id, request.body, staff);
    },
  );
};
