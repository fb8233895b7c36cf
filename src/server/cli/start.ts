import { ConfigError, loadConfig } from "../config";
import { closeOnSignals, startServer } from "../server";
import { buildIfNeeded } from "./build-if-needed";
import { announceFirstAdmin } from "./first-admin-notice";
import { APP_DIR, CONSOLE_DIR } from "./paths";

// The CLI's own output (not logs): what a newcomer needs to see after `npm start`.
const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig();
  // --no-build: serve whatever is built (tests of the API process need no front end).
  if (!process.argv.includes("--no-build")) buildIfNeeded(say);
  const server = await startServer(config, { appDir: APP_DIR, consoleDir: CONSOLE_DIR });
  closeOnSignals(server, config.shutdownTimeoutMs);
  const where = config.database.kind === "pglite" ? `embedded PGlite in ${config.database.dataDir}` : "PostgreSQL (DATABASE_URL)";
  say("");
  say(`Công Dân Số is running (${where}):`);
  say(`  Mini app       ${server.url}/`);
  say(`  Staff console  ${server.url}/console/`);
  say(`  API            ${server.url}/api/v1/wards`);
  say(`  API docs       ${server.url}/api/docs`);
  announceFirstAdmin(server, say);
  say("Stop with Ctrl+C.");
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
