import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SERVER_ARGS, SERVER_READY, startProcess } from "../support/server-process";
import { openTestDatabase } from "./test-database";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type ServerProcess = { child: ChildProcess; url: string; output: () => string };

/** Starts the real server process (`npm start` without the build step) and waits for its URL. */
export async function startServerProcess(env: Record<string, string>, track: ChildProcess[]): Promise<ServerProcess> {
  const { child, match, output } = await startProcess(SERVER_ARGS, { PORT: "0", LOG_LEVEL: "info", ...env }, SERVER_READY, 45_000);
  track.push(child);
  return { child, url: match[1] ?? "", output };
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

/** Where a server process keeps its data: `dataDir` for PGlite, or a database of its own on PostgreSQL. */
export async function serverDatabaseEnv(dataDir: string): Promise<Record<string, string>> {
  if (process.env.API_TEST_DB !== "postgres") return { DATA_DIR: dataDir };
  const test = await openTestDatabase();
  const rows = await test.db.query<{ db: string }>("select current_database() as db");
  await test.db.close();
  const full = new URL(process.env.TEST_DATABASE_URL ?? "");
  full.pathname = `/${rows[0]?.db}`;
  return { DATABASE_URL: full.toString() };
}
