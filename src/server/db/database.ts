import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";

/** What repositories and migrations need: parameterised queries and multi-statement scripts. */
export interface Queryable {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding a lock that every process sharing the database respects (a session
   * advisory lock on PostgreSQL; PGlite has one process by construction, see data-dir-lock.ts).
   */
  exclusive<T>(key: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

/** `dataDir` ":memory:" keeps everything in memory (tests); otherwise a folder that survives restarts. */
async function openPglite(dataDir: string): Promise<Database> {
  let unlock = () => undefined as void;
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir === ":memory:" ? undefined : dataDir, { extensions: { unaccent, pg_trgm } });
  } catch (error) {
    unlock();
    throw error;
  }
  const asQueryable = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    query: async <Row>(sql: string, params: unknown[] = []) => (await q.query<Row>(sql, params)).rows,
    exec: async (script) => {
      await q.exec(script);
    },
  });
  return {
    kind: "pglite",
    ...asQueryable(db),
    transaction: (work) => db.transaction((tx) => work(asQueryable(tx))),
    exclusive: (_key, work) => work(),
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection emits here; without a listener Node would crash.
  pool.on("error", () => undefined);
  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: unknown[] = []) => (await q.query(sql, params)).rows as Row[],
    exec: async (script) => {
      await q.query(script);
    },
  });
  // Fail at start, with the server's own message, rather than on the first request.
  await pool.query("select 1");
  return {
    kind: "postgres",
    ...asQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work(asQueryable(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exclusive(key, work) {
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [key]);
        return await work();
      } finally {
        await client.query("select pg_advisory_unlock($1)", [key]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
