import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import Type from "typebox";
import { announcementEndpoints as ep } from "../../shared/api/announcements";
import { AnnouncementFileParamsSchema, AnnouncementParamsSchema } from "../../shared/schemas/announcement";
import {
  AnnouncementCreateSchema,
  AnnouncementPatchSchema,
  ManagedAnnouncementListSchema,
  ManagedAnnouncementSchema,
  ManagedListQuerySchema,
  PreviewBodySchema,
  PreviewSchema,
  PublishSchema,
  RevisionHistorySchema,
  VersionBodySchema,
  WithdrawSchema,
  MAX_ANNOUNCEMENT_IMAGES,
  MAX_ANNOUNCEMENT_PDFS,
} from "../../shared/schemas/announcement-admin";
import { AuditPageSchema, AuditQuerySchema } from "../../shared/schemas/audit";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
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
import { serviceContext } from "./service-context";

const ERRORS = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  413: ErrorResponseSchema,
  415: ErrorResponseSchema,
  422: ErrorResponseSchema,
};

// Staff of the ward only, checked before the body is read or validated.
const staffOfWard = async (request: FastifyRequest) => {
  requireStaff(request, { ward: (request.params as { ward: string }).ward });
};

/** The staff side of announcements: drafts, edits with versions, publish/schedule, withdraw, audit. */
export const announcementAdminRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);

  app.get(
    "/wards/:ward/manage/announcements",
    { schema: { tags: ["staff"], summary: "All announcements of the ward in every status (staff)", params: WardParamsSchema, querystring: ManagedListQuerySchema, response: { 200: ManagedAnnouncementListSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      return { items: await listManaged(db, request.params.ward, { ...request.query, limit: request.query.limit ?? 100 }) };
    },
  );

  app.get(
    "/wards/:ward/manage/announcements/:id",
    { schema: { tags: ["staff"], summary: "One announcement in any status (staff)", params: AnnouncementParamsSchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      const found = await findManaged(db, request.params.ward, request.params.id);
      if (!found) throw notFound(`Thông báo số ${request.params.id}`);
      return found;
    },
  );

  app.post(
    "/wards/:ward/announcements",
    { schema: { tags: ["staff"], summary: "Create a draft announcement", params: WardParamsSchema, body: AnnouncementCreateSchema, response: { 201: ManagedAnnouncementSchema, ...ERRORS } } },
    async (request, reply) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      await requireWard(db, request.params.ward);
      return reply.status(201).send(await createAnnouncement(ctx, request.params.ward, request.body, staff));
    },
  );

  app.patch(
    "/wards/:ward/announcements/:id",
    { schema: { tags: ["staff"], summary: "Edit an announcement; version must be the one you edited (409 if someone changed it since)", params: AnnouncementParamsSchema, body: AnnouncementPatchSchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      return updateAnnouncement(ctx, request.params.ward, request.params.id, request.body, staff);
    },
  );

  app.post(
    "/wards/:ward/announcements/:id/publish",
    { schema: { tags: ["staff"], summary: "Publish now, or schedule with a future `at`", params: AnnouncementParamsSchema, body: PublishSchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      const { version, at, publishNow } = request.body;
      return publishAnnouncement(ctx, request.params.ward, request.params.id, version, at, publishNow, staff);
    },
  );

  app.post(
    "/wards/:ward/announcements/:id/withdraw",
    { schema: { tags: ["staff"], summary: "Withdraw a published or scheduled announcement", params: AnnouncementParamsSchema, body: WithdrawSchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      return withdrawAnnouncement(ctx, request.params.ward, request.params.id, request.body.version, staff);
    },
  );

  const versionOnly = (summary: string, path: string, run: typeof publishRevision) =>
    app.post(
      path,
      { schema: { tags: ["staff"], summary, params: AnnouncementParamsSchema, body: VersionBodySchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } }, preValidation: staffOfWard },
      async (request) => run(ctx, request.params.ward, request.params.id, request.body.version, requireStaff(request)),
    );
  versionOnly("\"Đăng bản sửa\": the pending revision becomes what residents see", ep.publishRevision.path, publishRevision);
  versionOnly("Drop the pending revision; residents keep the published text", ep.discardRevision.path, discardRevision);
  versionOnly("Undo a withdraw within a few minutes of it", ep.undoWithdraw.path, undoWithdraw);

  app.get(
    ep.history.path,
    { schema: { tags: ["staff"], summary: "Each text residents were shown, first publication first", params: AnnouncementParamsSchema, response: { 200: RevisionHistorySchema, ...ERRORS } }, preValidation: staffOfWard },
    async (request) => {
      const { ward, id } = request.params;
      if (!(await findManaged(db, ward, id))) throw notFound(`Thông báo số ${id}`);
      return { items: await revisionHistory(db, ward, id) };
    },
  );

  app.post(
    ep.addFiles.path,
    {
      schema: {
        tags: ["staff"],
        summary: `Add pictures (at most ${MAX_ANNOUNCEMENT_IMAGES}, re-encoded without EXIF) or PDFs (at most ${MAX_ANNOUNCEMENT_PDFS}, ≤ 10 MB) as multipart: field "version" and files in "files"`,
        params: AnnouncementParamsSchema,
        response: { 200: ManagedAnnouncementSchema, ...ERRORS },
      },
      preValidation: staffOfWard,
    },
    async (request) => {
      const { ward, id } = request.params;
      const body = await readMultipart(request, { maxFiles: MAX_ANNOUNCEMENT_IMAGES, maxFileBytes: MAX_PDF_BYTES, fileFields: ["files"] });
      const version = Number(body.fields.version);
      if (!Number.isInteger(version) || version < 1) {
        throw new ApiError(400, "VALIDATION_FAILED", "Thiếu phiên bản (version) của thông báo đang sửa. (Missing the \"version\" field.)", { field: "version" });
      }
      return addAnnouncementFiles(ctx, ward, id, version, body.files, requireStaff(request));
    },
  );

  app.get(
    ep.manageFile.path,
    { schema: { tags: ["staff"], summary: "A picture or PDF of an announcement in any status (the editor's preview)", params: AnnouncementFileParamsSchema, response: { 200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }), ...ERRORS } }, preValidation: staffOfWard },
    async (request, reply) => {
      const { ward, id, fileId } = request.params;
      const file = (await isFileOf(db, ward, id, fileId)) ? await readStoredFile(db, ward, fileId) : null;
      if (!file) throw notFound(`Tệp số ${fileId} của thông báo số ${id}`);
      return sendStoredFile(reply, file);
    },
  );

  app.post(
    ep.removeFile.path,
    { schema: { tags: ["staff"], summary: "Remove a picture or PDF from an announcement", params: AnnouncementFileParamsSchema, body: VersionBodySchema, response: { 200: ManagedAnnouncementSchema, ...ERRORS } }, preValidation: staffOfWard },
    async (request) => removeAnnouncementFile(ctx, request.params.ward, request.params.id, request.params.fileId, request.body.version, requireStaff(request)),
  );

  app.get(
    "/wards/:ward/audit",
    { schema: { tags: ["staff"], summary: "Who changed what in this ward, newest first", params: WardParamsSchema, querystring: AuditQuerySchema, response: { 200: AuditPageSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      return auditPage(request.query, (limit, before) => listAudit(db, request.params.ward, limit, before));
    },
  );

  app.post(
    "/markdown/preview",
    { schema: { tags: ["staff"], summary: "Render Markdown exactly as residents will see it (the same sanitiser)", body: PreviewBodySchema, response: { 200: PreviewSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema } } },
    async (request) => {
      requireStaff(request);
      return { html: renderMarkdown(request.body.body) };
    },
  );
};
