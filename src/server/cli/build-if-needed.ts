import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { APP_DIR, CONSOLE_DIR, REPO_ROOT } from "./paths";

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

// The mini app served by our own server is built in mode "web": it calls the same-origin /api/v1
// and must not pick up .env.production, which holds the settings of the build uploaded to Zalo.
const BUILDS = [
  { name: "mini app", out: APP_DIR, mode: "web", inputs: ["src/app", "src/shared", "index.html", "assets", "app-config.json", "vite.config.ts", ".env", ".env.web"] },
  { name: "staff console", out: CONSOLE_DIR, mode: "console", inputs: ["src/console", "src/shared", "vite.config.ts"] },
];

const stampOf = (mode: string): string => join(REPO_ROOT, "node_modules/.cache/cong-dan-so", `built-${mode}`);

/** After another build wrote into www/ (the one uploaded to Zalo), the next start must rebuild its own. */
export function forgetMiniAppBuild(): void {
  rmSync(stampOf("web"), { force: true });
}

/** Builds the mini app and the console when their output is missing or older than their sources. */
export function buildIfNeeded(log: (line: string) => void): void {
  for (const build of BUILDS) {
    // Vite may leave unchanged files untouched, so the time of our last successful build is kept apart.
    const stamp = stampOf(build.mode);
    const built = existsSync(join(build.out, "index.html")) ? newestMtime(stamp) : 0;
    const sources = Math.max(...build.inputs.map((p) => newestMtime(join(REPO_ROOT, p))));
    if (built > 0 && built >= sources) continue;
    log(`Building the ${build.name}…`);
    const startedAt = new Date();
    const vite = join(REPO_ROOT, "node_modules/vite/bin/vite.js");
    const result = spawnSync(process.execPath, [vite, "build", "--mode", build.mode, "--logLevel", "warn"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
      // Under Vitest (browser tests' setup) the variable would switch vite.config.ts to its test shape.
      env: { ...process.env, VITEST: undefined, VITEST_MODE: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, NODE_ENV: "production" },
    });
    if (result.status !== 0) throw new Error(`Building the ${build.name} failed (vite build --mode ${build.mode}); see the output above.`);
    mkdirSync(join(stamp, ".."), { recursive: true });
    writeFileSync(stamp, startedAt.toISOString());
    // A source saved while the build ran must still count as newer than the build.
    utimesSync(stamp, startedAt, startedAt);
  }
}
