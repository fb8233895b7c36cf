import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import type { ServiceContext } from "../services/versioned-change";
import { DataDirBusyError } from "../db/data-dir-lock";
import { ApiError } from "../lib/api-error";

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command's main and sets its exit code. An error the person at the shell can act on (a bad
 * setting, a refused input, a folder a server holds) prints its message alone; anything else its
 * stack, because that is a bug to report.
 */
export async function runCli(main: () => Promise<number>, alsoKnown: ErrorClass[] = []): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const known = [ConfigError, ApiError, DataDirBusyError, ...alsoKnown].some((kind) => error instanceof kind);
    process.stderr.write(`${known ? (error as Error).message : (error as Error).stack}\n`);
    process.exitCode = 1;
  }
}

/**
 * Opens the configured database, brings it up to date and closes it after `work`, for commands
 * that change data from the shell. Opening the embedded database takes its lock: this fails, with
 * what to do, while a server holds it.
 */
export async function withCliDatabase<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig().database);
  try {
    await migrate(db);
    return await work({ db, clock: () => new Date(), clearCaches: () => undefined });
  } finally {
    await db.close();
  }
}
