import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APP_DIR, CONSOLE_DIR } from "../../src/server/cli/paths";
import { loadConfig } from "../../src/server/config";
import { startServer, type RunningServer } from "../../src/server/server";

export const ADMIN = { login: "quan-tri", password: "mat-khau-quan-tri-2026" };

/** The real server (API + built app + console) on a free port and a fresh embedded database. */
export async function startAppServer(): Promise<{ server: RunningServer; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "cds-browser-"));
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    // One address signs in many times here; the per-login-and-address lock is what the tests check.
    LOGIN_RATE_LIMIT_PER_MINUTE: "1000",
    BOOTSTRAP_ADMIN_LOGIN: ADMIN.login,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  });
  const server = await startServer(config, { appDir: APP_DIR, consoleDir: CONSOLE_DIR });
  return {
    server,
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
