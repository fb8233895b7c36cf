import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import type { Database } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";
import { openTestDatabase } from "./test-database";

export type TestApp = { app: FastifyInstance; db: Database; close: () => Promise<void> };

/** The real app on a fresh, migrated database with the demo content. One per test file: start-up is slow. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { clock?: () => Date; logger?: Record<string, unknown> } = {},
): Promise<TestApp> {
  const { db, drop } = await openTestDatabase();
  await prepareDatabase(db, { demo: true });
  const app = await buildApp({ config: loadConfig({ NODE_ENV: "test", ...env }), db, ...options });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** Log lines the app writes, kept in memory, for tests of what is (and is never) logged. */
export function captureLogs(level = "info"): { lines: string[]; logger: Record<string, unknown> } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: { level, stream } };
}
