import Type from "typebox";
import { WardParamsSchema } from "../schemas/common";
import { GuidePutSchema, ManagedGuideListSchema, ManagedGuideSchema } from "../schemas/content-admin";
import { GuideSlugSchema } from "../schemas/guide";
import { GuideDetailSchema, GuideListQuerySchema, GuideListSchema, GuideParamsSchema } from "../schemas/guide-api";
import { contract } from "./contract";
import { MISSING, NOT_ALLOWED, PUBLIC_READ, SIGNED_OUT, STALE, STAFF } from "./error-codes";

export const guideContracts = {
  list: contract({
    method: "GET",
    path: "/wards/:ward/guides",
    tags: ["guides"],
    summary: "Step-by-step guides (VNeID, QR payment, scams), optionally of one topic",
    params: WardParamsSchema,
    query: GuideListQuerySchema,
    response: { 200: GuideListSchema },
    errors: PUBLIC_READ,
  }),
  one: contract({
    method: "GET",
    path: "/wards/:ward/guides/:slug",
    tags: ["guides"],
    summary: "One guide with its steps, troubleshooting and sources, plus the ward's police office",
    params: GuideParamsSchema,
    response: { 200: GuideDetailSchema },
    errors: PUBLIC_READ,
  }),
  manageList: contract({
    method: "GET",
    path: "/manage/guides",
    tags: ["staff"],
    summary: "Every guide with its version (national role: guides are shared by every ward)",
    response: { 200: ManagedGuideListSchema },
    errors: { 401: SIGNED_OUT, 403: NOT_ALLOWED },
  }),
  put: contract({
    method: "PUT",
    path: "/guides/:slug",
    tags: ["staff"],
    summary: "Replace a guide's content (national role); checked like the catalogue files",
    params: Type.Object({ slug: GuideSlugSchema }, { additionalProperties: false }),
    body: GuidePutSchema,
    response: { 200: ManagedGuideSchema },
    errors: { ...STAFF, 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED", "SLUG_MISMATCH", "BAD_STEP"] },
  }),
} as const;
