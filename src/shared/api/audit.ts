import { AuditPageSchema, AuditQuerySchema } from "../schemas/audit";
import { WardParamsSchema } from "../schemas/common";
import { contract } from "./contract";
import { MISSING, STALE, STAFF } from "./error-codes";

// Reads, but they share the staff routes' error list as the OpenAPI document always showed it.
const AUDIT_ERRORS = { ...STAFF, 400: [...STAFF[400], "BAD_CURSOR"], 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED"] } as const;

export const auditContracts = {
  ward: contract({
    method: "GET",
    path: "/wards/:ward/audit",
    tags: ["staff"],
    summary: "Who changed what in this ward, newest first",
    params: WardParamsSchema,
    query: AuditQuerySchema,
    response: { 200: AuditPageSchema },
    errors: { ...AUDIT_ERRORS, 413: ["BODY_TOO_LARGE"], 415: ["UNSUPPORTED_MEDIA_TYPE"] },
  }),
  national: contract({
    method: "GET",
    path: "/manage/audit",
    tags: ["staff"],
    summary: "Changes to national content and national accounts, newest first (national role)",
    query: AuditQuerySchema,
    response: { 200: AuditPageSchema },
    errors: AUDIT_ERRORS,
  }),
} as const;
