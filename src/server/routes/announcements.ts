import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Type from "typebox";
import { announcementEndpoints as ep } from "../../shared/api/announcements";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import {
  AnnouncementFileParamsSchema,
  AnnouncementListQuerySchema,
  AnnouncementPageSchema,
  AnnouncementParamsSchema,
  AnnouncementSchema,
} from "../../shared/schemas/announcement";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { isFileOf } from "../repositories/announcement-files";
import { findVisibleAnnouncement, isVisibleAnnouncement, listVisibleAnnouncements } from "../repositories/announcements";
import { readStoredFile } from "../repositories/stored-files";
import { wardExists } from "../repositories/wards";
import { sendStoredFile } from "./file-reply";
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

  app.get(
    ep.publicFile.path,
    {
      schema: {
        tags: ["announcements"],
        summary: "The bytes of a picture or PDF of a published announcement",
        params: AnnouncementFileParamsSchema,
        response: { 200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }), 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      // A withdrawn notice's files must stop being served soon, so caches keep them only briefly.
      config: { cacheControl: "public, max-age=300" },
    },
    async (request, reply) => {
      const { ward, id, fileId } = request.params;
      const missing = notFound(`Tệp số ${fileId} của thông báo số ${id}`);
      if (!(await isVisibleAnnouncement(db, ward, id, app.clock())) || !(await isFileOf(db, ward, id, fileId))) throw missing;
      const file = await readStoredFile(db, ward, fileId);
      if (!file) throw missing;
      return sendStoredFile(reply, file);
    },
  );
};
