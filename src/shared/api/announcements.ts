import Type from "typebox";
import { WardParamsSchema } from "../schemas/common";
import { AnnouncementFileParamsSchema, AnnouncementListQuerySchema, AnnouncementPageSchema, AnnouncementParamsSchema, AnnouncementSchema } from "../schemas/announcement";
import {
  AnnouncementCreateSchema,
  AnnouncementPatchSchema,
  ManagedAnnouncementListSchema,
  ManagedAnnouncementSchema,
  ManagedListQuerySchema,
  MAX_ANNOUNCEMENT_IMAGES,
  MAX_ANNOUNCEMENT_PDFS,
  PreviewBodySchema,
  PreviewSchema,
  PublishSchema,
  RevisionHistorySchema,
  VersionBodySchema,
  WithdrawSchema,
} from "../schemas/announcement-admin";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, NOT_ALLOWED, PUBLIC_READ, SIGNED_OUT, STALE, STAFF, UPLOAD_TOO_LARGE, UPLOAD_TYPE } from "./error-codes";

const FileBytes = Type.Unsafe<Uint8Array>({ type: "string", format: "binary" });

/** Every staff route of announcements answers with the same list (as the OpenAPI document always showed). */
const EDIT_ERRORS = {
  ...STAFF,
  400: [...BAD_INPUT, "BAD_MULTIPART", "NO_FILE", "UNEXPECTED_FILE"],
  404: MISSING,
  409: STALE,
  413: UPLOAD_TOO_LARGE,
  415: UPLOAD_TYPE,
  422: ["VALIDATION_FAILED", "PUBLISH_AT_PAST", "EXPIRES_BEFORE_PUBLISH", "NOT_PUBLISHED", "NO_REVISION", "NOTHING_TO_UNDO", "UNDO_EXPIRED", "TOO_MANY_IMAGES", "TOO_MANY_FILES", "BROKEN_IMAGE", "UNKNOWN_AREA"],
} as const;

const versionOnly = (summary: string, path: string) =>
  ({ method: "POST", path, tags: ["staff"], summary, params: AnnouncementParamsSchema, body: VersionBodySchema, response: { 200: ManagedAnnouncementSchema }, errors: EDIT_ERRORS }) as const;

export const announcementContracts = {
  list: contract({
    method: "GET",
    path: "/wards/:ward/announcements",
    tags: ["announcements"],
    summary: "Published, unexpired announcements: pinned first, then newest",
    params: WardParamsSchema,
    query: AnnouncementListQuerySchema,
    response: { 200: AnnouncementPageSchema },
    errors: { 400: [...BAD_INPUT, "BAD_CURSOR"], 404: MISSING },
  }),
  one: contract({
    method: "GET",
    path: "/wards/:ward/announcements/:id",
    tags: ["announcements"],
    summary: "One published announcement with its body as Markdown and as sanitised HTML",
    params: AnnouncementParamsSchema,
    response: { 200: AnnouncementSchema },
    errors: PUBLIC_READ,
  }),
  publicFile: contract({
    method: "GET",
    path: "/wards/:ward/announcements/:id/files/:fileId",
    tags: ["announcements"],
    summary: "The bytes of a picture or PDF of a published announcement",
    params: AnnouncementFileParamsSchema,
    response: { 200: FileBytes },
    errors: PUBLIC_READ,
  }),
  manageList: contract({
    method: "GET",
    path: "/wards/:ward/manage/announcements",
    tags: ["staff"],
    summary: "All announcements of the ward in every status (staff)",
    params: WardParamsSchema,
    query: ManagedListQuerySchema,
    response: { 200: ManagedAnnouncementListSchema },
    errors: EDIT_ERRORS,
  }),
  manageOne: contract({
    method: "GET",
    path: "/wards/:ward/manage/announcements/:id",
    tags: ["staff"],
    summary: "One announcement in any status (staff)",
    params: AnnouncementParamsSchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  create: contract({
    method: "POST",
    path: "/wards/:ward/announcements",
    tags: ["staff"],
    summary: "Create a draft announcement",
    params: WardParamsSchema,
    body: AnnouncementCreateSchema,
    response: { 201: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  update: contract({
    method: "PATCH",
    path: "/wards/:ward/announcements/:id",
    tags: ["staff"],
    summary: "Edit an announcement; version must be the one you edited (409 if someone changed it since)",
    params: AnnouncementParamsSchema,
    body: AnnouncementPatchSchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  publish: contract({
    method: "POST",
    path: "/wards/:ward/announcements/:id/publish",
    tags: ["staff"],
    summary: "Publish now, or schedule with a future `at`",
    params: AnnouncementParamsSchema,
    body: PublishSchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  withdraw: contract({
    method: "POST",
    path: "/wards/:ward/announcements/:id/withdraw",
    tags: ["staff"],
    summary: "Withdraw a published or scheduled announcement",
    params: AnnouncementParamsSchema,
    body: WithdrawSchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  publishRevision: contract(versionOnly("\"Đăng bản sửa\": the pending revision becomes what residents see", "/wards/:ward/announcements/:id/publish-revision")),
  discardRevision: contract(versionOnly("Drop the pending revision; residents keep the published text", "/wards/:ward/announcements/:id/discard-revision")),
  undoWithdraw: contract(versionOnly("Undo a withdraw within a few minutes of it", "/wards/:ward/announcements/:id/undo-withdraw")),
  history: contract({
    method: "GET",
    path: "/wards/:ward/manage/announcements/:id/revisions",
    tags: ["staff"],
    summary: "Each text residents were shown, first publication first",
    params: AnnouncementParamsSchema,
    response: { 200: RevisionHistorySchema },
    errors: EDIT_ERRORS,
  }),
  /** Multipart: field "version" and the files in "files" (no JSON body to validate). */
  addFiles: contract({
    method: "POST",
    path: "/wards/:ward/announcements/:id/files",
    tags: ["staff"],
    summary: `Add pictures (at most ${MAX_ANNOUNCEMENT_IMAGES}, re-encoded without EXIF) or PDFs (at most ${MAX_ANNOUNCEMENT_PDFS}, ≤ 10 MB) as multipart: field "version" and files in "files"`,
    params: AnnouncementParamsSchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  manageFile: contract({
    method: "GET",
    path: "/wards/:ward/manage/announcements/:id/files/:fileId",
    tags: ["staff"],
    summary: "A picture or PDF of an announcement in any status (the editor's preview)",
    params: AnnouncementFileParamsSchema,
    response: { 200: FileBytes },
    errors: EDIT_ERRORS,
  }),
  removeFile: contract({
    method: "POST",
    path: "/wards/:ward/announcements/:id/files/:fileId/remove",
    tags: ["staff"],
    summary: "Remove a picture or PDF from an announcement",
    params: AnnouncementFileParamsSchema,
    body: VersionBodySchema,
    response: { 200: ManagedAnnouncementSchema },
    errors: EDIT_ERRORS,
  }),
  markdownPreview: contract({
    method: "POST",
    path: "/markdown/preview",
    tags: ["staff"],
    summary: "Render Markdown exactly as residents will see it (the same sanitiser)",
    body: PreviewBodySchema,
    response: { 200: PreviewSchema },
    errors: { 401: SIGNED_OUT, 403: NOT_ALLOWED },
  }),
} as const;

/** The names issue 19's code and tests use. */
export const announcementEndpoints = announcementContracts;
