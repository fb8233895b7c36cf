import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "../../../src/server/db/database";
import { adminQuery } from "../../api/test-database";
import type { DatabaseKind } from "./settings";

/** A database that exists only for one benchmark: where it is, the server's env for it, and how to remove it. */
export type ScratchDatabase = {
  kind: DatabaseKind;
  target: DatabaseTarget;
  serverEnv: Record<string, string>;
  drop(): Promise<void>;
};

/** Why the local PostgreSQL cannot be used, or null when it can. */
export async function postgresUnavailable(adminUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return `${redact(adminUrl)}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, fit to print. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export async function createScratchDatabase(kind: DatabaseKind, adminUrl: string): Promise<ScratchDatabase> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "cds-bench-load-"));
    return {
      kind,
      target: { kind: "pglite", dataDir },
      serverEnv: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  // A fresh database on the local server: the benchmark never touches anyone else's data.
  const name = `cds_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    target: { kind: "postgres", url: url.toString() },
    serverEnv: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
