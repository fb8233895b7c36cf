import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { staffContracts } from "../../shared/api/auth";
import { wardContracts } from "../../shared/api/wards";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { requireStaff } from "../plugins/auth";
import { listStaffOfWards } from "../repositories/staff";
import { createStaff, requireStaffAccount, updateStaff } from "../services/staff-accounts";
import { createWard } from "../services/ward-onboarding";
import { updateWard } from "../services/ward-settings";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

/** Admins: staff of their own wards (the national role: every ward's), and the ward's settings. */
export const staffAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  const requireManager = (request: Parameters<typeof requireStaff>[0]) => {
    const staff = requireStaff(request);
    if (staff.role !== "admin" && !staff.nationalEditor) throw new ApiError(403, "FORBIDDEN", "Chỉ quản trị viên làm được việc này. (Admins only.)");
    return staff;
  };

  serve(app, staffContracts.list, async (request) => {
    const manager = requireManager(request);
    return { items: await listStaffOfWards(db, manager.nationalEditor ? null : manager.wards) };
  });

  serve(app, staffContracts.create, async (request, reply) => {
    const created = await createStaff(ctx, requireManager(request), request.body);
    return reply.status(201).send(created);
  });

  serve(app, staffContracts.update, async (request) => {
    const manager = requireManager(request);
    const target = await requireStaffAccount(db, request.params.id);
    // An account with no ward in common is not even acknowledged to a ward admin.
    if (!manager.nationalEditor && !target.wards.some((w) => manager.wards.includes(w))) throw notFound(`Tài khoản số ${target.id}`);
    return updateStaff(ctx, manager, target, request.body);
  });

  serve(app, wardContracts.update, async (request) => {
    const admin = requireStaff(request, { role: "admin", ward: request.params.ward });
    return updateWard(ctx, request.params.ward, request.body, admin);
  });

  serve(
    app,
    wardContracts.create,
    async (request, reply) => reply.status(201).send(await createWard(ctx, requireStaff(request, { role: "national-editor" }), request.body)),
    {
      // The role is checked before the body is validated: a ward admin learns nothing from a 400.
      preValidation: async (request) => {
        requireStaff(request, { role: "national-editor" });
      },
    },
  );
};
