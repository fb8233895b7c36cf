import Type from "typebox";
import { WardParamsSchema } from "../schemas/common";
import { StatsQuerySchema, UsageAcceptedSchema, UsageBatchSchema, UsageStatsSchema } from "../schemas/usage";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, SLOW_DOWN, STAFF } from "./error-codes";

const STATS_ERRORS = { ...STAFF, 404: MISSING, 422: ["INVALID_DAY", "PERIOD_REVERSED", "PERIOD_TOO_LONG"] } as const;

/** What residents use, counted per ward and day without knowing who. */
export const usageContracts = {
  events: contract({
    method: "POST",
    path: "/wards/:ward/events",
    tags: ["usage"],
    summary: "Anonymous usage counts from the mini app (batched; no user, device or address is kept)",
    params: WardParamsSchema,
    body: UsageBatchSchema,
    response: { 202: UsageAcceptedSchema },
    errors: { 400: BAD_INPUT, 404: MISSING, 413: ["BODY_TOO_LARGE"], 415: ["UNSUPPORTED_MEDIA_TYPE"], 422: ["DAY_OUT_OF_RANGE"], 429: SLOW_DOWN },
  }),
  stats: contract({
    method: "GET",
    path: "/wards/:ward/manage/stats",
    tags: ["staff"],
    summary: "Usage counts over a period (staff): most opened, empty searches, guide steps, helpful answers",
    params: WardParamsSchema,
    query: StatsQuerySchema,
    response: { 200: UsageStatsSchema },
    errors: STATS_ERRORS,
  }),
  statsCsv: contract({
    method: "GET",
    path: "/wards/:ward/manage/stats.csv",
    tags: ["staff"],
    summary: "The daily counts of a period as CSV, for a spreadsheet (staff)",
    params: WardParamsSchema,
    query: StatsQuerySchema,
    response: { 200: Type.String() },
    errors: STATS_ERRORS,
  }),
} as const;
