import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./paths";

/** Runs `npm run deploy:check` as a clerk would, with its .env.production in a folder of the test's own. */
async function deployCheck(envFile: string, shellEnv: Record<string, string> = {}) {
  const envDir = mkdtempSync(join(tmpdir(), "deploy-env-"));
  writeFileSync(join(envDir, ".env.production"), envFile);
  const outDir = join(envDir, "www");
  const env: Record<string, string | undefined> = { ...process.env, ...shellEnv };
  // Under Vitest these would switch vite.config.ts to its test shape (no zmp-vite-plugin).
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || key === "NODE_ENV") delete env[key];
  if (!("VITE_API_BASE_URL" in shellEnv)) delete env.VITE_API_BASE_URL;
  const args = [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "src/server/cli/deploy-check.ts", "--env-dir", envDir, "--out-dir", outDir];
  // Asynchronous, so the test worker keeps answering Vitest during the build.
  const result = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env, encoding: "utf8" }).then(
    (done) => ({ code: 0, ...done }),
    (failed: { code: number; stdout: string; stderr: string }) => failed,
  );
  return { code: result.code, output: `${result.stdout}${result.stderr}`, outDir };
}

describe("npm run deploy:check", () => {
  it("builds as the upload will and passes with an https API address in .env.production", async () => {
    const { code, output, outDir } = await deployCheck("VITE_API_BASE_URL=https://api.hoacuong.vn/api/v1\n");
    expect(output).toContain("Sẵn sàng tải lên Zalo");
    expect(code).toBe(0);
    const appConfig = JSON.parse(readFileSync(join(outDir, "app-config.json"), "utf8")) as { listSyncJS: string[] };
    const entry = readFileSync(join(outDir, appConfig.listSyncJS[0] ?? "missing"), "utf8");
    expect(entry).toContain("https://api.hoacuong.vn/api/v1");
    expect(output).toMatch(/Domains the app opens: api\.hoacuong\.vn, .*www\.google\.com/);
  }, 180_000);

  it("fails on a relative address, and on one set only in the shell", async () => {
    const relative = await deployCheck("VITE_API_BASE_URL=/api/v1\n");
    expect(relative.code).toBe(1);
    expect(relative.output).toMatch(/KHÔNG được tải lên Zalo — 1 lỗi/);
    expect(relative.output).toMatch(/"\/api\/v1" không phải địa chỉ đầy đủ/);
    expect(existsSync(join(relative.outDir, "app-config.json"))).toBe(true);

    const shellOnly = await deployCheck("", { VITE_API_BASE_URL: "https://api.hoacuong.vn/api/v1" });
    expect(shellOnly.code).toBe(1);
    expect(shellOnly.output).toMatch(/chỉ có trong lệnh, không có trong \.env\.production/);
  }, 300_000);
});
