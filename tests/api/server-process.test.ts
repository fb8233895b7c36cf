import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exited, ROOT, serverDatabaseEnv, startServerProcess } from "./server-process";

const dataDir = mkdtempSync(join(tmpdir(), "cds-process-"));
const children: ChildProcess[] = [];

afterAll(() => {
  children.forEach((c) => c.kill("SIGKILL"));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the server process", () => {
  it("stops within 5 s on SIGTERM and keeps every announcement across a restart", async () => {
    const env = await serverDatabaseEnv(dataDir);
    const first = await startServerProcess(env, children);
    const before = await (await fetch(`${first.url}/api/v1/wards/hoa-cuong/announcements?limit=50`)).json();
    expect(before.items.length).toBeGreaterThanOrEqual(8);

    const started = Date.now();
    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);

    const second = await startServerProcess(env, children);
    const after = await (await fetch(`${second.url}/api/v1/wards/hoa-cuong/announcements?limit=50`)).json();
    expect(after.items).toEqual(before.items);
    second.child.kill("SIGINT");
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).not.toMatch(/password|hunter2/i);
    // Two real process starts (tsx, migrations, seed): allow for a busy machine.
  }, 90_000);

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
