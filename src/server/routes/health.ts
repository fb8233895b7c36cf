import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { healthContract } from "../../shared/api/health";
import type { Database } from "../db/database";
import { latestMigration } from "../repositories/schema-version";
import { serve } from "./serve";

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Database; version: string }> = async (app, { db, version }) => {
  serve(app, healthContract, async (_request, reply) => {
    const started = performance.now();
    let migration: number | null = null;
    let ok = true;
    try {
      migration = await latestMigration(db);
    } catch {
      ok = false;
    }
    const body = {
      status: ok ? ("ok" as const) : ("degraded" as const),
      database: { kind: db.kind, ok, latencyMs: Math.round((performance.now() - started) * 100) / 100, migration },
      version,
      uptimeSeconds: Math.round(process.uptime()),
    };
    return reply.status(ok ? 200 : 503).send(body);
  });
};
