import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Type from "typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { NewStaffSchema, StaffListSchema, StaffPatchSchema, StaffWithPasswordSchema } from "../../shared/schemas/staff";
import { WardSchema } from "../../shared/schemas/ward";
import { NewWardSchema, WardPatchSchema } from "../../shared/schemas/ward-admin";
import { wardAdminEndpoints } from "../../shared/api/wards";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { requireStaff } from "../plugins/auth";
import { listStaffOfWards } from "../repositories/staff";
import { createStaff, requireStaffAccount, updateStaff } from "../services/staff-accounts";
import { createWard } from "../services/ward-onboarding";
import { updateWard } from "../services/ward-settings";
import { serviceContext } from "./service-context";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };
const StaffIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, { additionalProperties: false });

/** Admins: staff of their own wards (the national role: every ward's), and the ward's settings. */
export const staffAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  const requireManager = (request: Parameters<typeof requireStaff>[0]) => {
    const staff = requireStaff(request);
    if (staff.role !== "admin" && !staff.nationalEditor) throw new ApiError(403, "FORBIDDEN", "Chỉ quản trị viên làm được việc này. (Admins only.)");
    return staff;
  };

  app.get("/staff", { schema: { tags: ["staff"], summary: "Staff of the wards this admin manages (every ward's for the national role)", response: { 200: StaffListSchema, ...ERRORS } } }, async (request) => {
    const manager = requireManager(request);
    return { items: await listStaffOfWards(db, manager.nationalEditor ? null : manager.wards) };
  });

  app.post(
    "/staff",
    { schema: { tags: ["staff"], summary: "Create a staff account; without a password one is generated and returned once; either way it must be changed at the first sign-in", body: NewStaffSchema, response: { 201: StaffWithPasswordSchema, ...ERRORS } } },
    async (request, reply) => {
      const created = await createStaff(ctx, requireManager(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    "/staff/:id",
    { schema: { tags: ["staff"], summary: "Change a staff member's name, role, wards; disable; reset the password (returned once). Only by an admin holding every ward of that member", params: StaffIdParams, body: StaffPatchSchema, response: { 200: StaffWithPasswordSchema, ...ERRORS } } },
    async (request) => {
      const manager = requireManager(request);
      const target = await requireStaffAccount(db, request.params.id);
      // An account with no ward in common is not even acknowledged to a ward admin.
      if (!manager.nationalEditor && !target.wards.some((w) => manager.wards.includes(w))) throw notFound(`Tài khoản số ${target.id}`);
      return updateStaff(ctx, manager, target, request.body);
    },
  );

  app.patch(
    "/wards/:ward",
    { schema: { tags: ["staff"], summary: "Ward settings: name, hotline, branding, former units, offices and hours (admin)", params: WardParamsSchema, body: WardPatchSchema, response: { 200: WardSchema, ...ERRORS } } },
    async (request) => {
      const admin = requireStaff(request, { role: "admin", ward: request.params.ward });
      return updateWard(ctx, request.params.ward, request.body, admin);
    },
  );

  app.post(
    wardAdminEndpoints.create.path,
    {
      schema: { tags: ["staff"], summary: "A new ward with the national catalogue and guides, one office with the usual hours, no teams (national role)", body: NewWardSchema, response: { 201: WardSchema, ...ERRORS } },
      // The role is checked before the body is validated: a ward admin learns nothing from a 400.
      preValidation: async (request) => {
        requireStaff(request, { role: "national-editor" });
      },
    },
    async (request, reply) => reply.status(201).send(await createWard(ctx, requireStaff(request, { role: "national-editor" }), request.body)),
  );
};
