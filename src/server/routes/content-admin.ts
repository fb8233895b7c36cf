import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { auditContracts } from "../../shared/api/audit";
import { guideContracts } from "../../shared/api/guides";
import { procedureContracts } from "../../shared/api/procedures";
import { teamContracts } from "../../shared/api/teams";
import { ApiError } from "../lib/api-error";
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
import { serve } from "./serve";
import { serviceContext } from "./service-context";

/** Editors keep the ward's own content current (its part of each procedure, teams, areas); the national role keeps the guides. */
export const contentAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);

  serve(app, teamContracts.manageAreas, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    return { items: await listManagedAreas(db, request.params.ward) };
  });

  serve(app, teamContracts.putArea, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    if (request.body.id !== request.params.id) throw new ApiError(422, "ID_MISMATCH", "Mã tổ dân phố trong nội dung phải trùng với đường dẫn.");
    return putArea(ctx, request.params.ward, request.body, staff);
  });

  serve(app, guideContracts.manageList, async (request) => {
    requireStaff(request, { role: "national-editor" });
    return { items: await listManagedGuides(db) };
  });

  serve(app, guideContracts.put, async (request) => {
    const staff = requireStaff(request, { role: "national-editor" });
    return putGuide(ctx, request.params.slug, request.body.version, request.body.content, staff);
  });

  serve(app, auditContracts.national, async (request) => {
    requireStaff(request, { role: "national-editor" });
    return auditPage(request.query, (limit, before) => listAudit(db, null, limit, before));
  });

  serve(app, procedureContracts.manageList, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    return { items: await listManagedProcedures(db, request.params.ward) };
  });

  serve(app, procedureContracts.putLocal, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    return putWardProcedure(ctx, request.params.ward, request.params.slug, request.body, staff);
  });

  serve(app, teamContracts.manageTeams, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    return { items: await listManagedTeams(db, request.params.ward) };
  });

  serve(app, teamContracts.update, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    return updateTeam(ctx, request.params.ward, request.params.id, request.body, staff);
  });
};
