import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import { ProcedureParamsSchema } from "../../shared/schemas/procedure-api";
import { ConfirmationQueueSchema, ConfirmationsPutSchema, ManagedConfirmationsSchema } from "../../shared/schemas/procedure-confirmation";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { requireStaff } from "../plugins/auth";
import { confirmProcedureParts } from "../services/procedure-confirmations";
import { confirmationQueue, findConfirmations } from "../repositories/procedure-confirmations";
import { requireWard } from "../repositories/wards";
import { serviceContext } from "./service-context";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };

// Runs before the body is even parsed: an anonymous caller gets 401, never a hint about what a valid body is.
// Params are not validated yet either, but requireStaff only compares the ward with the session's.
const staffOfWard = async (request: FastifyRequest) => {
  requireStaff(request, { ward: (request.params as { ward?: string }).ward ?? "" });
};

/** The ward vouches for parts of its procedures; the queue says what is waiting for it. */
export const procedureConfirmationRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  app.get(
    "/wards/:ward/manage/confirmations",
    {
      schema: { tags: ["staff"], summary: "Cần xác nhận: procedures with parts not confirmed, expired or changed since (staff of the ward)", params: WardParamsSchema, response: { 200: ConfirmationQueueSchema, ...ERRORS } },
      onRequest: staffOfWard,
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return confirmationQueue(db, ward, app.clock());
    },
  );

  app.get(
    "/wards/:ward/manage/confirmations/:slug",
    {
      schema: { tags: ["staff"], summary: "One procedure's confirmations in the ward, with their version (staff of the ward)", params: ProcedureParamsSchema, response: { 200: ManagedConfirmationsSchema, ...ERRORS } },
      onRequest: staffOfWard,
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const found = await findConfirmations(db, ward, request.params.slug, app.clock());
      if (!found) throw notFound(`Thủ tục "${request.params.slug}"`);
      return found;
    },
  );

  app.put(
    "/wards/:ward/procedures/:slug/confirmations",
    {
      schema: {
        tags: ["staff"],
        summary: "The ward confirms parts of a procedure (documents, time, fee, online-level, where), optionally correcting its own part first; 409 when version is stale",
        params: ProcedureParamsSchema,
        body: ConfirmationsPutSchema,
        response: { 200: ManagedConfirmationsSchema, ...ERRORS },
      },
      onRequest: staffOfWard,
    },
    async (request) => {
      const actor = requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return confirmProcedureParts(ctx, { ward, slug: request.params.slug, input: request.body, actor });
    },
  );
};
