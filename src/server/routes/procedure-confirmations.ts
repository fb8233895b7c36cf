import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { procedureContracts } from "../../shared/api/procedures";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { requireStaff } from "../plugins/auth";
import { confirmProcedureParts } from "../services/procedure-confirmations";
import { confirmationQueue, findConfirmations } from "../repositories/procedure-confirmations";
import { requireWard } from "../repositories/wards";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

// Runs before the body is even parsed: an anonymous caller gets 401, never a hint about what a valid body is.
// Params are not validated yet either, but requireStaff only compares the ward with the session's.
const staffOfWard = async (request: FastifyRequest) => {
  requireStaff(request, { ward: (request.params as { ward?: string }).ward ?? "" });
};
const gated = { onRequest: staffOfWard };

/** The ward vouches for parts of its procedures; the queue says what is waiting for it. */
export const procedureConfirmationRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  serve(
    app,
    procedureContracts.confirmationQueue,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return confirmationQueue(db, ward, app.clock());
    },
    gated,
  );

  serve(
    app,
    procedureContracts.confirmations,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const found = await findConfirmations(db, ward, request.params.slug, app.clock());
      if (!found) throw notFound(`Thủ tục "${request.params.slug}"`);
      return found;
    },
    gated,
  );

  serve(
    app,
    procedureContracts.confirm,
    async (request) => {
      const actor = requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return confirmProcedureParts(ctx, { ward, slug: request.params.slug, input: request.body, actor });
    },
    gated,
  );
};
