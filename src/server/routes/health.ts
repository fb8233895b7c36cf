import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { HealthSchema } from "../../shared/schemas/health";
import type { Database } from "../db/database";
import { latestMigration } from "../repositories/schema-version";

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Database; version: string }> = async (app, { db, version }) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Whether the API and its database answer",
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
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
    },
  );
};
