import { WardParamsSchema } from "../schemas/common";
import { AnswersQuerySchema, PublicAnswerPageSchema, RequestCreatedSchema, ResidentRequestSchema } from "../schemas/requests";
import { InboxPageSchema, InboxQuerySchema, ManagedRequestSchema, RequestChangeSchema, RequestParamsSchema, RequestPhotoParamsSchema } from "../schemas/requests-admin";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, STALE, STAFF, UPLOAD_TOO_LARGE, UPLOAD_TYPE } from "./error-codes";

/** The header that carries the resident's access token (never a query string: URLs get logged). */
export const REQUEST_TOKEN_HEADER = "x-request-token";

const STAFF_ERRORS = { ...STAFF, 400: [...BAD_INPUT, "BAD_CURSOR"], 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED", "UNKNOWN_ASSIGNEE"] } as const;

/** Residents' requests (issue 17). Staff endpoints are under /manage and live in the staff scope. */
export const requestEndpoints = {
  /** Multipart: a `request` JSON part (checked like a body) and up to 3 `photo` parts. */
  create: contract({
    method: "POST",
    path: "/wards/:ward/requests",
    tags: ["requests"],
    summary: "Send a request: multipart with a `request` JSON part and up to 3 `photo` parts",
    params: WardParamsSchema,
    response: { 201: RequestCreatedSchema },
    errors: {
      400: [...BAD_INPUT, "BAD_MULTIPART", "UNEXPECTED_FILE"],
      404: MISSING,
      409: ["CLIENT_ID_REUSED"],
      413: UPLOAD_TOO_LARGE,
      415: UPLOAD_TYPE,
      422: ["VALIDATION_FAILED", "UNKNOWN_AREA", "BROKEN_IMAGE"],
      429: ["TOO_MANY_REQUESTS", "RATE_LIMITED"],
    },
  }),
  read: contract({
    method: "GET",
    path: "/wards/:ward/requests/:code",
    tags: ["requests"],
    summary: `One request, with header ${REQUEST_TOKEN_HEADER}; 404 without the right token`,
    params: RequestParamsSchema,
    response: { 200: ResidentRequestSchema },
    errors: { 404: MISSING },
  }),
  /** The photo's bytes (its own content type), so no response schema. */
  photo: contract({ method: "GET", path: "/wards/:ward/requests/:code/photos/:n", tags: ["requests"], summary: `Photo n (1–3) of a request, with header ${REQUEST_TOKEN_HEADER}`, params: RequestPhotoParamsSchema }),
  answers: contract({
    method: "GET",
    path: "/wards/:ward/answers",
    tags: ["requests"],
    summary: "Answers the ward published to Hỏi đáp (no one's name or phone); q searches without diacritics",
    params: WardParamsSchema,
    query: AnswersQuerySchema,
    response: { 200: PublicAnswerPageSchema },
    errors: { 400: [...BAD_INPUT, "BAD_CURSOR"], 404: MISSING },
  }),
  inbox: contract({
    method: "GET",
    path: "/wards/:ward/manage/requests",
    tags: ["staff"],
    summary: "The ward's requests: overdue first, then oldest",
    params: WardParamsSchema,
    query: InboxQuerySchema,
    response: { 200: InboxPageSchema },
    errors: STAFF_ERRORS,
  }),
  manageOne: contract({
    method: "GET",
    path: "/wards/:ward/manage/requests/:code",
    tags: ["staff"],
    summary: "One request with contact (when given), notes and history",
    params: RequestParamsSchema,
    response: { 200: ManagedRequestSchema },
    errors: STAFF_ERRORS,
  }),
  change: contract({
    method: "PATCH",
    path: "/wards/:ward/manage/requests/:code",
    tags: ["staff"],
    summary: "Change status, assignee, reply or add a note; version must be the one you edited (409 otherwise)",
    params: RequestParamsSchema,
    body: RequestChangeSchema,
    response: { 200: ManagedRequestSchema },
    errors: STAFF_ERRORS,
  }),
  managePhoto: contract({ method: "GET", path: "/wards/:ward/manage/requests/:code/photos/:n", tags: ["staff"], summary: "Photo n (1–3) of a request (staff)", params: RequestPhotoParamsSchema }),
} as const;
