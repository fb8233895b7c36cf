import { WardParamsSchema } from "../schemas/common";
import { WardListSchema, WardSchema } from "../schemas/ward";
import { NewWardSchema, WardPatchSchema } from "../schemas/ward-admin";
import { contract } from "./contract";
import { MISSING, STALE, STAFF } from "./error-codes";

const WARD_SETTINGS_REFUSED = ["VALIDATION_FAILED", "INVALID_WARD", "INVALID_HOURS", "INVALID_HOLIDAY", "DUPLICATE_OFFICE", "DUPLICATE_HOLIDAY", "UNKNOWN_OFFICE"] as const;

export const wardContracts = {
  list: contract({ method: "GET", path: "/wards", tags: ["wards"], summary: "Wards served by this deployment", response: { 200: WardListSchema } }),
  one: contract({
    method: "GET",
    path: "/wards/:ward",
    tags: ["wards"],
    summary: "One ward with its offices, opening hours, hotline and former units",
    params: WardParamsSchema,
    response: { 200: WardSchema },
    errors: { 404: MISSING },
  }),
  update: contract({
    method: "PATCH",
    path: "/wards/:ward",
    tags: ["staff"],
    summary: "Ward settings: name, hotline, branding, former units, offices and hours (admin)",
    params: WardParamsSchema,
    body: WardPatchSchema,
    response: { 200: WardSchema },
    errors: { ...STAFF, 404: MISSING, 409: STALE, 422: WARD_SETTINGS_REFUSED },
  }),
  /** Wards as the national role manages them (issue 18); the public list stays GET /wards. */
  create: contract({
    method: "POST",
    path: "/manage/wards",
    tags: ["staff"],
    summary: "A new ward with the national catalogue and guides, one office with the usual hours, no teams (national role)",
    body: NewWardSchema,
    response: { 201: WardSchema },
    errors: { ...STAFF, 404: MISSING, 409: ["WARD_EXISTS"], 422: WARD_SETTINGS_REFUSED },
  }),
} as const;

/** The name issue 18's code and tests use for the national role's endpoints. */
export const wardAdminEndpoints = { create: wardContracts.create } as const;
