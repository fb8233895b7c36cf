import { createServer } from "vite";
import { ConfigError, loadConfig } from "../config";
import { closeOnSignals, startServer } from "../server";
import { announceFirstAdmin } from "./first-admin-notice";
import { REPO_ROOT } from "./paths";

// `npm run dev`: the API on PORT, and Vite with hot reload for the mini app and the console,
// both proxying /api to it.
const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig({ NODE_ENV: "development", ...process.env });
  const server = await startServer(config, { appDir: null, consoleDir: null });
  closeOnSignals(server, config.shutdownTimeoutMs);
  process.env.API_PORT = String(config.port);
  const miniApp = await createServer({ root: REPO_ROOT, configFile: `${REPO_ROOT}vite.config.ts`, mode: "development" });
  await miniApp.listen(3000);
  const consoleApp = await createServer({ configFile: `${REPO_ROOT}vite.config.ts`, mode: "console", server: { port: 3001 } });
  await consoleApp.listen(3001);
  say(`Mini app (hot reload)  ${miniApp.resolvedUrls?.local[0] ?? "http://127.0.0.1:3000/"}`);
  say(`Console (hot reload)   ${consoleApp.resolvedUrls?.local[0] ?? "http://127.0.0.1:3001/console/"}`);
  say(`API                    ${server.url}/api/v1/wards`);
  announceFirstAdmin(server, say);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
