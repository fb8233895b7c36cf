import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openTestDatabase } from "./test-database";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type ServerProcess = { child: ChildProcess; url: string; output: () => string };

/** Starts the real server process (`npm start` without the build step) and waits for its URL. */
export async function startServerProcess(env: Record<string, string>, track: ChildProcess[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli/start.ts", "--no-build"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  track.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const check = () => {
      const match = /API\s+(http:\/\/[^\s]+)\/api\/v1\/wards/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code ?? signal}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
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
