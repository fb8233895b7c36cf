import { WardParamsSchema } from "../schemas/common";
import { ManagedProcedureListSchema, ManagedProcedureSchema, WardProcedurePutSchema } from "../schemas/content-admin";
import {
  ProcedureCatalogueQuerySchema,
  ProcedureCatalogueSchema,
  ProcedureDetailSchema,
  ProcedureFieldCountsSchema,
  ProcedureListQuerySchema,
  ProcedurePageSchema,
  ProcedureParamsSchema,
} from "../schemas/procedure-api";
import { ConfirmationQueueSchema, ConfirmationsPutSchema, ManagedConfirmationsSchema } from "../schemas/procedure-confirmation";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, PUBLIC_READ, STALE, STAFF } from "./error-codes";

const STAFF_ERRORS = { ...STAFF, 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED", "UNKNOWN_OFFICE"] } as const;

export const procedureContracts = {
  list: contract({
    method: "GET",
    path: "/wards/:ward/procedures",
    tags: ["procedures"],
    summary: "Procedures of the ward; ranked by relevance when q is given (diacritics optional, residents' words understood)",
    params: WardParamsSchema,
    query: ProcedureListQuerySchema,
    response: { 200: ProcedurePageSchema },
    errors: { 400: [...BAD_INPUT, "BAD_CURSOR"], 404: MISSING },
  }),
  one: contract({
    method: "GET",
    path: "/wards/:ward/procedures/:slug",
    tags: ["procedures"],
    summary: "One procedure: national content with where to file it in this ward",
    params: ProcedureParamsSchema,
    response: { 200: ProcedureDetailSchema },
    errors: PUBLIC_READ,
  }),
  fields: contract({
    method: "GET",
    path: "/wards/:ward/procedure-fields",
    tags: ["procedures"],
    summary: "Fields (lĩnh vực) with how many procedures each has",
    params: WardParamsSchema,
    response: { 200: ProcedureFieldCountsSchema },
    errors: PUBLIC_READ,
  }),
  catalogue: contract({
    method: "GET",
    path: "/wards/:ward/procedure-catalogue",
    tags: ["procedures"],
    summary: "Every procedure in full, for offline use; with since, only what changed (plus all current slugs)",
    params: WardParamsSchema,
    query: ProcedureCatalogueQuerySchema,
    response: { 200: ProcedureCatalogueSchema },
    errors: PUBLIC_READ,
  }),
  manageList: contract({
    method: "GET",
    path: "/wards/:ward/manage/procedures",
    tags: ["staff"],
    summary: "Every procedure with the ward's part (staff)",
    params: WardParamsSchema,
    response: { 200: ManagedProcedureListSchema },
    errors: STAFF_ERRORS,
  }),
  putLocal: contract({
    method: "PUT",
    path: "/wards/:ward/procedures/:slug/local",
    tags: ["staff"],
    summary: "Set the ward's part of a procedure: office, local note, popularity, hidden (version absent on the first save)",
    params: ProcedureParamsSchema,
    body: WardProcedurePutSchema,
    response: { 200: ManagedProcedureSchema },
    errors: STAFF_ERRORS,
  }),
  confirmationQueue: contract({
    method: "GET",
    path: "/wards/:ward/manage/confirmations",
    tags: ["staff"],
    summary: "Cần xác nhận: procedures with parts not confirmed, expired or changed since (staff of the ward)",
    params: WardParamsSchema,
    response: { 200: ConfirmationQueueSchema },
    errors: STAFF_ERRORS,
  }),
  confirmations: contract({
    method: "GET",
    path: "/wards/:ward/manage/confirmations/:slug",
    tags: ["staff"],
    summary: "One procedure's confirmations in the ward, with their version (staff of the ward)",
    params: ProcedureParamsSchema,
    response: { 200: ManagedConfirmationsSchema },
    errors: STAFF_ERRORS,
  }),
  confirm: contract({
    method: "PUT",
    path: "/wards/:ward/procedures/:slug/confirmations",
    tags: ["staff"],
    summary: "The ward confirms parts of a procedure (documents, time, fee, online-level, where), optionally correcting its own part first; 409 when version is stale",
    params: ProcedureParamsSchema,
    body: ConfirmationsPutSchema,
    response: { 200: ManagedConfirmationsSchema },
    errors: { ...STAFF_ERRORS, 422: ["VALIDATION_FAILED", "UNKNOWN_OFFICE", "PART_NOT_STATED"] },
  }),
} as const;
