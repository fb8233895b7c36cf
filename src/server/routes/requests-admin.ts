import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { requestEndpoints } from "../../shared/api/requests";
import type { Database } from "../db/database";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { notFound } from "../lib/api-error";
import type { ZaloOaConfig } from "../lib/zalo-oa";
import { requireStaff } from "../plugins/auth";
import { changeRequest, inbox, managedView, requestForStaff } from "../services/request-admin";
import { photoBytes } from "../services/request-photos";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

const isOffset = (parts: unknown[]): parts is [number] => parts.length === 1 && Number.isInteger(parts[0]) && (parts[0] as number) >= 0 && (parts[0] as number) < 1_000_000;

/** The ward's inbox of residents' requests (staff; team leads see their team's help requests). */
export const requestAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database; oa: ZaloOaConfig }> = async (app, { db, oa }) => {
  const ctx = serviceContext(app, db);
  const gate = { allowTeamLead: true };

  serve(
    app,
    requestEndpoints.inbox,
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward, ...gate });
      const { cursor, limit = 50, ...filter } = request.query;
      const offset = cursor ? decodeCursor(cursor, isOffset)[0] : 0;
      const page = await inbox(ctx, request.params.ward, staff, filter, offset, limit);
      return { items: page.items, nextCursor: page.more ? encodeCursor([offset + limit]) : null };
    },
  );

  serve(
    app,
    requestEndpoints.manageOne,
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward, ...gate });
      return managedView(ctx, await requestForStaff(ctx, request.params.ward, request.params.code, staff), oa);
    },
  );

  serve(
    app,
    requestEndpoints.change,
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward, ...gate });
      const { request: updated } = await changeRequest(ctx, request.params.ward, request.params.code, request.body, staff, oa);
      return managedView(ctx, updated, oa);
    },
  );

  serve(
    app,
    requestEndpoints.managePhoto,
    async (request, reply) => {
      const staff = requireStaff(request, { ward: request.params.ward, ...gate });
      const found = await requestForStaff(ctx, request.params.ward, request.params.code, staff);
      const file = await photoBytes(ctx, found, request.params.n);
      if (!file) throw notFound(`Ảnh ${request.params.n} của phản ánh ${request.params.code}`);
      return reply.header("content-type", file.mediaType).header("cache-control", "private, max-age=3600").send(file.data);
    },
  );
};
