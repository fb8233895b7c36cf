import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/server/cli/paths";
import { openDatabase } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";
import { startApiProcess, type ApiProcess } from "../support/server-process";
import { openTestDatabase } from "./test-database";

// Findings 8 and 15: the shell tool beside a running server, and instances starting together.

const staffCli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/server/cli/staff.ts", ...args], { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: "silent", ...env }, encoding: "utf8", timeout: 60_000 });

describe("npm run staff beside a running server on the embedded database (finding 8)", () => {
  let dir: string;
  let server: ApiProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cds-cli-lock-"));
    server = await startApiProcess({ DATA_DIR: dir, DATABASE_URL: "" });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses with a clear message instead of printing a success that is then lost", () => {
    const res = staffCli(["add", "thu-ky", "--name", "Thư ký", "--role", "editor", "--ward", "hoa-cuong"], { DATA_DIR: dir });
    expect(res.status).toBe(1);
    expect(res.stdout).not.toMatch(/Created/);
    expect(res.stderr).toMatch(/in use by a running server/);
    expect(res.stderr).toMatch(/DATABASE_URL/);
    expect(server?.exited()).toBeNull();
  });

  it("works again once the server has stopped", async () => {
    await server?.stop();
    const added = staffCli(["add", "thu-ky", "--name", "Thư ký", "--role", "editor", "--ward", "hoa-cuong"], { DATA_DIR: dir });
    expect(added.status, added.stderr).toBe(0);
    const res = staffCli(["disable", "thu-ky"], { DATA_DIR: dir });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/"thu-ky" is disabled/);
  });
}, 180_000);

const postgresUrl = process.env.API_TEST_DB === "postgres" ? process.env.TEST_DATABASE_URL : undefined;

describe.runIf(postgresUrl)("on PostgreSQL", () => {
  it("npm run staff works while a server runs on the same database", async () => {
    const { db, drop, url } = await openTestDatabase();
    await db.close();
    const server = await startApiProcess({ DATABASE_URL: url });
    try {
      const res = staffCli(["add", "ca-truc", "--name", "Cán bộ trực", "--role", "editor", "--ward", "hoa-cuong"], { DATABASE_URL: url });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/Created editor "ca-truc"/);
    } finally {
      await server.stop();
      await drop();
    }
  }, 120_000);

  it("two instances preparing an empty database together both succeed, with one first admin (finding 15)", async () => {
    const { db, drop, url } = await openTestDatabase();
    const second = await openDatabase({ kind: "postgres", url });
    try {
      const bootstrapAdmin = { login: "admin" };
      const [a, b] = await Promise.all([prepareDatabase(db, { demo: true, bootstrapAdmin }), prepareDatabase(second, { demo: true, bootstrapAdmin })]);
      expect([a.firstAdmin, b.firstAdmin].filter(Boolean)).toHaveLength(1);
      expect([a.demoSeeded, b.demoSeeded].filter(Boolean)).toHaveLength(1);
      expect((await db.query<{ n: number }>("select count(*)::int as n from staff"))[0]?.n).toBe(1);
    } finally {
      await second.close();
      await drop();
    }
  }, 120_000);
});
