import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { usageContracts } from "../../shared/api/usage";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { requireStaff } from "../plugins/auth";
import { addUsage, listUsage, summariseUsage, titlesOf, usageCsv } from "../repositories/usage";
import { wardExists } from "../repositories/wards";
import { vietnamDay } from "../../shared/vietnam-day";
import { serve } from "./serve";

const DAY_MS = 86_400_000;
// A phone offline for a week still sends its counts; older days are refused rather than misdated.
const OLDEST_DAY_ACCEPTED = 7;
const MAX_STATS_DAYS = 366;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const isRealDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && addDays(day, 0) === day;

/** What residents use, counted per ward and day without knowing who: the app's batches, the staff's totals. */
export const usageRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  serve(
    app,
    usageContracts.events,
    async (request, reply) => {
      const { ward } = request.params;
      const now = app.clock();
      const today = vietnamDay(now);
      const day = request.body.day ?? today;
      if (!isRealDay(day) || day > today || day < vietnamDay(now, -OLDEST_DAY_ACCEPTED)) {
        throw new ApiError(422, "DAY_OUT_OF_RANGE", `Ngày ${day} phải nằm trong ${OLDEST_DAY_ACCEPTED} ngày gần đây và không sau hôm nay. (day must be within the last ${OLDEST_DAY_ACCEPTED} days.)`);
      }
      if (!(await wardExists(db, ward))) throw notFound(`Phường "${ward}"`);
      await addUsage(db, ward, day, request.body.events);
      return reply.status(202).send({ accepted: request.body.events.length });
    },
    {
      // A batch of 100 events is about 8 kB; a phone sends a few a minute at most.
      bodyLimit: 16 * 1024,
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
  );
};

/** Staff side of the counts: registered inside the staff scope (signed in before anything is parsed). */
export const usageStaffRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  /** The period asked for, checked: both days real, in order, at most a year; the last 30 days by default. */
  const period = (query: { from?: string | undefined; to?: string | undefined }) => {
    const to = query.to ?? vietnamDay(app.clock());
    const from = query.from ?? addDays(to, -29);
    if (!isRealDay(from) || !isRealDay(to)) {
      throw new ApiError(422, "INVALID_DAY", "Ngày không có thật; hãy ghi dạng yyyy-mm-dd, ví dụ 2026-12-01. (Not a real day.)");
    }
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
    if (days < 0) throw new ApiError(422, "PERIOD_REVERSED", "Ngày bắt đầu (from) phải trước ngày kết thúc (to). (from must not be after to.)");
    if (days >= MAX_STATS_DAYS) throw new ApiError(422, "PERIOD_TOO_LONG", `Mỗi lần xem tối đa ${MAX_STATS_DAYS} ngày. (At most ${MAX_STATS_DAYS} days.)`);
    return { from, to };
  };

  // Staff only, checked before the query string is validated: a stranger learns nothing from a 400.
  const staffOfWard = async (request: FastifyRequest) => {
    requireStaff(request, { ward: (request.params as { ward: string }).ward });
  };

  serve(
    app,
    usageContracts.stats,
    async (request) => {
      const { from, to } = period(request.query);
      const stats = summariseUsage(await listUsage(db, request.params.ward, from, to), from, to);
      const refs = [...stats.mostOpened, ...stats.helpful, ...stats.guideSteps.map((g) => ({ kind: "guide", id: g.guide }))];
      return { ...stats, titles: await titlesOf(db, request.params.ward, refs) };
    },
    { preValidation: staffOfWard },
  );

  serve(
    app,
    usageContracts.statsCsv,
    async (request, reply) => {
      const { ward } = request.params;
      const { from, to } = period(request.query);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="thong-ke-${ward}-${from}-${to}.csv"`)
        .send(usageCsv(await listUsage(db, ward, from, to)));
    },
    { preValidation: staffOfWard },
  );
};
