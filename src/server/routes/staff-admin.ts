import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Type from "typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { NewStaffSchema, StaffListSchema, StaffPatchSchema, StaffWithPasswordSchema } from "../../shared/schemas/staff";
import { WardSchema } from "../../shared/schemas/ward";
import { WardPatchSchema } from "../../shared/schemas/ward-admin";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { generatePassword, hashPassword } from "../lib/passwords";
import { addStaff } from "../lib/staff-accounts";
import { requireStaff } from "../plugins/auth";
import { writeAudit } from "../repositories/audit";
import { deleteSessionsOf, findStaffById, listStaffOfWards, publicStaff, setStaffWards } from "../repositories/staff";
import { updateWard } from "../repositories/ward-writes";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };
const StaffIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, { additionalProperties: false });

/** Admin-only: staff of the admin's own wards, and the ward's settings. */
export const staffAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const outsideWards = (wards: string[], allowed: string[]) => wards.filter((w) => !allowed.includes(w));

  app.get("/staff", { schema: { tags: ["staff"], summary: "Staff of the wards this admin manages", response: { 200: StaffListSchema, ...ERRORS } } }, async (request) => {
    const admin = requireStaff(request, { role: "admin" });
    return { items: await listStaffOfWards(db, admin.wards) };
  });

  app.post(
    "/staff",
    { schema: { tags: ["staff"], summary: "Create a staff account; without a password one is generated and returned once", body: NewStaffSchema, response: { 201: StaffWithPasswordSchema, ...ERRORS } } },
    async (request, reply) => {
      const admin = requireStaff(request, { role: "admin" });
      const foreign = outsideWards(request.body.wards, admin.wards);
      if (foreign.length) throw new ApiError(403, "FORBIDDEN", `Bạn không quản lý phường: ${foreign.join(", ")}.`);
      const created = await addStaff(db, request.body);
      const staff = await findStaffById(db, created.id);
      if (!staff) throw new Error("new staff vanished");
      await writeAudit(db, { ward: request.body.wards[0] ?? null, staff: admin, action: "create", entity: "staff", entityId: staff.id, before: null, after: publicStaff(staff), at: app.clock() });
      return reply.status(201).send({ staff: publicStaff(staff), password: created.generated ? created.password : null });
    },
  );

  app.patch(
    "/staff/:id",
    { schema: { tags: ["staff"], summary: "Change a staff member's name, role, wards; disable; reset the password (returned once)", params: StaffIdParams, body: StaffPatchSchema, response: { 200: StaffWithPasswordSchema, ...ERRORS } } },
    async (request) => {
      const admin = requireStaff(request, { role: "admin" });
      const target = await findStaffById(db, request.params.id);
      if (!target || outsideWards(target.wards, admin.wards).length === target.wards.length) throw notFound(`Tài khoản số ${request.params.id}`);
      const patch = request.body;
      if (patch.wards && outsideWards(patch.wards, admin.wards).length) throw new ApiError(403, "FORBIDDEN", "Chỉ gán được các phường bạn quản lý.");
      if (target.id === admin.id && (patch.disabled || patch.role === "editor")) {
        throw new ApiError(422, "SELF_LOCKOUT", "Bạn không thể tự khóa hoặc tự hạ quyền của mình. Hãy nhờ một quản trị viên khác.");
      }
      const password = patch.resetPassword ? generatePassword() : null;
      const hash = password ? await hashPassword(password) : null;
      const after = await db.transaction(async (tx) => {
        await tx.query(
          `update staff set name = coalesce($2, name), role = coalesce($3, role), disabled = coalesce($4, disabled),
             password_hash = coalesce($5, password_hash), updated_at = $6 where id = $1`,
          [target.id, patch.name ?? null, patch.role ?? null, patch.disabled ?? null, hash, app.clock()],
        );
        if (patch.wards) await setStaffWards(tx, target.id, patch.wards);
        if (patch.disabled || hash) await deleteSessionsOf(tx, target.id);
        const updated = await findStaffById(tx, target.id);
        if (!updated) throw new Error("staff vanished");
        await writeAudit(tx, { ward: updated.wards[0] ?? null, staff: admin, action: patch.resetPassword ? "reset-password" : "update", entity: "staff", entityId: target.id, before: publicStaff(target), after: publicStaff(updated), at: app.clock() });
        return updated;
      });
      return { staff: publicStaff(after), password };
    },
  );

  app.patch(
    "/wards/:ward",
    { schema: { tags: ["staff"], summary: "Ward settings: name, hotline, branding, former units, offices and hours (admin)", params: WardParamsSchema, body: WardPatchSchema, response: { 200: WardSchema, ...ERRORS } } },
    async (request) => {
      const admin = requireStaff(request, { role: "admin", ward: request.params.ward });
      const updated = await updateWard(db, request.params.ward, request.body, admin, app.clock());
      app.clearResponseCache();
      return updated;
    },
  );
};
