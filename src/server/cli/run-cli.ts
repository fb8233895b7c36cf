import { ConfigError } from "../config";
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
