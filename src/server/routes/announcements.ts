import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { announcementContracts } from "../../shared/api/announcements";
import type { Database } from "../db/database";
import { notFound } from "../lib/api-error";
import { isFileOf } from "../repositories/announcement-files";
import { findVisibleAnnouncement, isVisibleAnnouncement, listVisibleAnnouncements } from "../repositories/announcements";
import { readStoredFile } from "../repositories/stored-files";
import { wardExists } from "../repositories/wards";
import { sendStoredFile } from "./file-reply";
import { serve } from "./serve";
import { REVALIDATE } from "./wards";

export const announcementRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const revalidated = { config: { cacheControl: REVALIDATE } };

  serve(
    app,
    announcementContracts.list,
    async (request) => {
      const { ward } = request.params;
      const page = await listVisibleAnnouncements(db, ward, { ...request.query, limit: request.query.limit ?? 20 }, app.clock());
      // An empty page is ambiguous; only then is it worth a second query to tell "no ward" apart.
      if (page.items.length === 0 && !(await wardExists(db, ward))) throw notFound(`Phường "${ward}"`);
      return page;
    },
    revalidated,
  );

  serve(
    app,
    announcementContracts.one,
    async (request) => {
      const { ward, id } = request.params;
      const announcement = await findVisibleAnnouncement(db, ward, id, app.clock());
      if (!announcement) {
        throw (await wardExists(db, ward)) ? notFound(`Thông báo số ${id}`) : notFound(`Phường "${ward}"`);
      }
      return announcement;
    },
    revalidated,
  );

  serve(
    app,
    announcementContracts.publicFile,
    async (request, reply) => {
      const { ward, id, fileId } = request.params;
      const missing = notFound(`Tệp số ${fileId} của thông báo số ${id}`);
      if (!(await isVisibleAnnouncement(db, ward, id, app.clock())) || !(await isFileOf(db, ward, id, fileId))) throw missing;
      const file = await readStoredFile(db, ward, fileId);
      if (!file) throw missing;
      return sendStoredFile(reply, file);
    },
    // A withdrawn notice's files must stop being served soon, so caches keep them only briefly.
    { config: { cacheControl: "public, max-age=300" } },
  );
};
