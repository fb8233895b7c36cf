import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./test-database";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "cds-process-"));
const children: ChildProcess[] = [];

afterAll(() => {
  children.forEach((c) => c.kill("SIGKILL"));
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the real server process (`npm start` without the build step) and waits for its URL. */
async function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli/start.ts", "--no-build"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
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
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

async function serverEnv(): Promise<Record<string, string>> {
  if (process.env.API_TEST_DB !== "postgres") return { DATA_DIR: dataDir };
  // A database of its own on the PostgreSQL server, like every other API test file.
  const test = await openTestDatabase();
  const url = await test.db.query<{ db: string }>("select current_database() as db");
  await test.db.close();
  const full = new URL(process.env.TEST_DATABASE_URL ?? "");
  full.pathname = `/${url[0]?.db}`;
  return { DATABASE_URL: full.toString() };
}

describe("the server process", () => {
  it("stops within 5 s on SIGTERM and keeps every announcement across a restart", async () => {
    const env = await serverEnv();
    const first = await startServerProcess(env);
    const before = await (await fetch(`${first.url}/api/v1/wards/hoa-cuong/announcements?limit=50`)).json();
    expect(before.items.length).toBeGreaterThanOrEqual(8);

    const started = Date.now();
    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);

    const second = await startServerProcess(env);
    const after = await (await fetch(`${second.url}/api/v1/wards/hoa-cuong/announcements?limit=50`)).json();
    expect(after.items).toEqual(before.items);
    second.child.kill("SIGINT");
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).not.toMatch(/password|hunter2/i);
  });

  it("refuses to start with a bad setting and names it", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli/start.ts", "--no-build"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "not-a-port", DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toMatch(/PORT="not-a-port"/);
  });
});
