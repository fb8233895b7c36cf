import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { build, loadEnv } from "vite";
import { ConfigError, loadConfig } from "../config";
import {
  checkApiBaseUrl,
  checkAppConfig,
  checkBundleUsesApi,
  checkCorsOrigins,
  checkSizes,
  domainsInBundle,
  mb,
  probeCors,
  type Problem,
} from "./deploy-rules";
import { forgetMiniAppBuild } from "./build-if-needed";
import { APP_DIR, REPO_ROOT } from "./paths";

const USAGE = `Usage: npm run deploy:check [-- --probe] [--env-dir <folder of .env.production>] [--out-dir <build folder>]
Builds the mini app exactly as it is uploaded to Zalo (vite build --mode production, settings from
.env.production) and fails unless it can work inside Zalo. --probe also asks the live API for CORS.`;

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Where the API address comes from: the build reads .env.production, but the shell wins over it. */
function readApiBaseUrl(envDir: string): { value: string | undefined; source: "file" | "shell" | "none" } {
  const fromShell = process.env.VITE_API_BASE_URL;
  delete process.env.VITE_API_BASE_URL;
  const fromFile = loadEnv("production", envDir, "VITE_").VITE_API_BASE_URL;
  if (fromShell !== undefined) process.env.VITE_API_BASE_URL = fromShell;
  if (fromShell !== undefined && fromShell !== fromFile) return { value: fromShell, source: "shell" };
  return fromFile ? { value: fromFile, source: "file" } : { value: undefined, source: "none" };
}

const apiHost = (value: string | undefined): string => (URL.canParse(value ?? "") ? new URL(value ?? "").hostname : "(no API address)");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { probe: { type: "boolean" }, "env-dir": { type: "string" }, "out-dir": { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    say(USAGE);
    return 0;
  }
  const envDir = resolve(values["env-dir"] ?? REPO_ROOT);
  const outDir = resolve(values["out-dir"] ?? APP_DIR);
  const problems: Problem[] = [];

  const api = readApiBaseUrl(envDir);
  problems.push(...checkApiBaseUrl(api.value, api.source));

  try {
    problems.push(...checkCorsOrigins(loadConfig().corsOrigins));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(`Cấu hình API sai: ${error.message}`);
  }

  say(`Building the mini app as Zalo receives it (mode production, settings from ${envDir}/.env.production)…`);
  process.env.NODE_ENV = "production";
  await build({ root: REPO_ROOT, mode: "production", envDir, logLevel: "warn", build: { outDir, emptyOutDir: true } });

  if (outDir === resolve(APP_DIR)) forgetMiniAppBuild();
  problems.push(...checkAppConfig(outDir));
  const sizes = checkSizes(outDir);
  problems.push(...sizes.problems);
  if (api.value) problems.push(...checkBundleUsesApi(outDir, api.value));
  if (values.probe && api.value && problems.length === 0) problems.push(...(await probeCors(api.value)));

  say(
    `${sizes.report.files} files, ${mb(sizes.report.totalBytes)} (about ${mb(sizes.report.zippedBytes)} zipped); ` +
      `largest ${sizes.report.largest.path} ${mb(sizes.report.largest.bytes)}.`,
  );
  // Zalo's review asks which domains the app opens; zalo.me links are Zalo's own.
  say(`Domains the app opens: ${[apiHost(api.value), ...domainsInBundle(outDir)].join(", ")}, and the official pages linked as sources in the content.`);
  if (problems.length > 0) {
    say(`\nKHÔNG được tải lên Zalo — ${problems.length} lỗi / NOT ready for Zalo — ${problems.length} problem(s):`);
    for (const problem of problems) say(`  ✗ ${problem}`);
    return 1;
  }
  say(`\nSẵn sàng tải lên Zalo / Ready for Zalo: API ${api.value}. Upload this build with: npx zmp-cli deploy --existing`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
