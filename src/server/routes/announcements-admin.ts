import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { announcementContracts as ep } from "../../shared/api/announcements";
import { auditContracts } from "../../shared/api/audit";
import { MAX_ANNOUNCEMENT_IMAGES } from "../../shared/schemas/announcement-admin";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { MAX_PDF_BYTES, readMultipart } from "../lib/uploads";
import { renderMarkdown } from "../lib/markdown";
import { requireStaff } from "../plugins/auth";
import { findManaged, listManaged, revisionHistory } from "../repositories/announcement-writes";
import { isFileOf } from "../repositories/announcement-files";
import { listAudit } from "../repositories/audit";
import { readStoredFile } from "../repositories/stored-files";
import { requireWard } from "../repositories/wards";
import {
  addAnnouncementFiles,
  createAnnouncement,
  discardRevision,
  publishAnnouncement,
  publishRevision,
  removeAnnouncementFile,
  undoWithdraw,
  updateAnnouncement,
  withdrawAnnouncement,
} from "../services/announcements";
import { auditPage } from "./audit-page";
import { sendStoredFile } from "./file-reply";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

// Staff of the ward only, checked before the body is read or validated.
const staffOfWard = async (request: FastifyRequest) => {
  requireStaff(request, { ward: (request.params as { ward: string }).ward });
};
const gated = { preValidation: staffOfWard };

/** The staff side of announcements: drafts, edits with versions, publish/schedule, withdraw, audit. */
export const announcementAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);

  serve(app, ep.manageList, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    return { items: await listManaged(db, request.params.ward, { ...request.query, limit: request.query.limit ?? 100 }) };
  });

  serve(app, ep.manageOne, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    const found = await findManaged(db, request.params.ward, request.params.id);
    if (!found) throw notFound(`Thông báo số ${request.params.id}`);
    return found;
  });

  serve(app, ep.create, async (request, reply) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    await requireWard(db, request.params.ward);
    return reply.status(201).send(await createAnnouncement(ctx, request.params.ward, request.body, staff));
  });

  serve(app, ep.update, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    return updateAnnouncement(ctx, request.params.ward, request.params.id, request.body, staff);
  });

  serve(app, ep.publish, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    const { version, at, publishNow } = request.body;
    return publishAnnouncement(ctx, request.params.ward, request.params.id, version, at, publishNow, staff);
  });

  serve(app, ep.withdraw, async (request) => {
    const staff = requireStaff(request, { ward: request.params.ward });
    return withdrawAnnouncement(ctx, request.params.ward, request.params.id, request.body.version, staff);
  });

  const versionOnly = (contract: typeof ep.publishRevision | typeof ep.discardRevision | typeof ep.undoWithdraw, run: typeof publishRevision) =>
    serve(app, contract, async (request) => run(ctx, request.params.ward, request.params.id, request.body.version, requireStaff(request)), gated);
  versionOnly(ep.publishRevision, publishRevision);
  versionOnly(ep.discardRevision, discardRevision);
  versionOnly(ep.undoWithdraw, undoWithdraw);

  serve(
    app,
    ep.history,
    async (request) => {
      const { ward, id } = request.params;
      if (!(await findManaged(db, ward, id))) throw notFound(`Thông báo số ${id}`);
      return { items: await revisionHistory(db, ward, id) };
    },
    gated,
  );

  serve(
    app,
    ep.addFiles,
    async (request) => {
      const { ward, id } = request.params;
      const body = await readMultipart(request, { maxFiles: MAX_ANNOUNCEMENT_IMAGES, maxFileBytes: MAX_PDF_BYTES, fileFields: ["files"] });
      const version = Number(body.fields.version);
      if (!Number.isInteger(version) || version < 1) {
        throw new ApiError(400, "VALIDATION_FAILED", "Thiếu phiên bản (version) của thông báo đang sửa. (Missing the \"version\" field.)", { field: "version" });
      }
      return addAnnouncementFiles(ctx, ward, id, version, body.files, requireStaff(request));
    },
    gated,
  );

  serve(
    app,
    ep.manageFile,
    async (request, reply) => {
      const { ward, id, fileId } = request.params;
      const file = (await isFileOf(db, ward, id, fileId)) ? await readStoredFile(db, ward, fileId) : null;
      if (!file) throw notFound(`Tệp số ${fileId} của thông báo số ${id}`);
      return sendStoredFile(reply, file);
    },
    gated,
  );

  serve(
    app,
    ep.removeFile,
    async (request) => removeAnnouncementFile(ctx, request.params.ward, request.params.id, request.params.fileId, request.body.version, requireStaff(request)),
    gated,
  );

  serve(app, auditContracts.ward, async (request) => {
    requireStaff(request, { ward: request.params.ward });
    return auditPage(request.query, (limit, before) => listAudit(db, request.params.ward, limit, before));
  });

  serve(app, ep.markdownPreview, async (request) => {
    requireStaff(request);
    return { html: renderMarkdown(request.body.body) };
  });
};
