import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "../../src/server/db/database";

export type TestDatabase = {
  db: Database;
  /** Opens the same database again (after `db.close()`), as a restarted server would. */
  reopen: () => Promise<Database>;
  /** Closes and deletes it. */
  drop: () => Promise<void>;
  /** The PostgreSQL URL of this database (api-postgres project), for a second process; "" on PGlite. */
  url: string;
};

/** One statement as the server's admin (create or drop a database), on a connection of its own. */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * The database an API test file runs on: PGlite by default (in memory, or in a temporary folder when
 * `persistent`), or — in the `api-postgres` project — a fresh database on TEST_DATABASE_URL's server,
 * dropped afterwards, so test files never see each other's rows.
 */
export async function openTestDatabase({ persistent = false } = {}): Promise<TestDatabase> {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  if (process.env.API_TEST_DB === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error("API_TEST_DB=postgres needs TEST_DATABASE_URL");
    const name = `cds_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    target = { kind: "postgres", url: url.toString() };
    cleanup = () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  } else if (persistent) {
    const dir = mkdtempSync(join(tmpdir(), "cds-pglite-"));
    target = { kind: "pglite", dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    target = { kind: "pglite", dataDir: ":memory:" };
    cleanup = async () => undefined;
  }
  let current = await openDatabase(target);
  return {
    url: target.kind === "postgres" ? target.url : "",
    get db() {
      return current;
    },
    reopen: async () => {
      current = await openDatabase(target);
      return current;
    },
    drop: async () => {
      await current.close().catch(() => undefined);
      await cleanup();
    },
  };
}
