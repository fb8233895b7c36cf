import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import {
  AnnouncementListQuerySchema,
  AnnouncementPageSchema,
  AnnouncementParamsSchema,
  AnnouncementSchema,
} from "../../shared/schemas/announcement";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { findVisibleAnnouncement, listVisibleAnnouncements } from "../repositories/announcements";
import { wardExists } from "../repositories/wards";
import { REVALIDATE } from "./wards";

export const announcementRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    "/wards/:ward/announcements",
    {
      schema: {
        tags: ["announcements"],
        summary: "Published, unexpired announcements: pinned first, then newest",
        params: WardParamsSchema,
        querystring: AnnouncementListQuerySchema,
        response: { 200: AnnouncementPageSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const { ward } = request.params;
      const page = await listVisibleAnnouncements(db, ward, { ...request.query, limit: request.query.limit ?? 20 }, app.clock());
      // An empty page is ambiguous; only then is it worth a second query to tell "no ward" apart.
      if (page.items.length === 0 && !(await wardExists(db, ward))) throw notFound(`Phường "${ward}"`);
      return page;
    },
  );

  app.get(
    "/wards/:ward/announcements/:id",
    {
      schema: {
        tags: ["announcements"],
        summary: "One published announcement with its body as Markdown and as sanitised HTML",
        params: AnnouncementParamsSchema,
        response: { 200: AnnouncementSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: REVALIDATE },
    },
    async (request) => {
      const { ward, id } = request.params;
      const announcement = await findVisibleAnnouncement(db, ward, id, app.clock());
      if (!announcement) {
        throw (await wardExists(db, ward)) ? notFound(`Thông báo số ${id}`) : notFound(`Phường "${ward}"`);
      }
      return announcement;
    },
  );
};
