import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { deflateRawSync } from "node:zlib";
import { ZALO_WEBVIEW_ORIGINS } from "../config";

// Upload limits of a mini app (zmp-cli-core, see /work/shared/PLATFORM.md): per file and zipped total.
export const ZALO_MAX_FILE_BYTES = 3 * 1024 * 1024;
export const ZALO_MAX_ZIPPED_BYTES = 10 * 1024 * 1024;

/** One failed rule: what is wrong, in Vietnamese first for the clerk, then in English. */
export type Problem = string;

/** Host names that can never be reached from a resident's phone inside Zalo. */
const UNREACHABLE_HOST = /^(localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|\[::1\])|\.(local|invalid|example|test)$|(^|\.)example\.(com|org|net)$/;

export function checkApiBaseUrl(value: string | undefined, source: "file" | "shell" | "none"): Problem[] {
  if (value === undefined || value.trim() === "") {
    return ["Chưa đặt VITE_API_BASE_URL trong .env.production. / VITE_API_BASE_URL is not set in .env.production."];
  }
  const problems: Problem[] = [];
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    problems.push(
      `VITE_API_BASE_URL="${value}" không phải địa chỉ đầy đủ; trong Zalo, đường dẫn tương đối không tới được API. Hãy ghi https://…/api/v1. / It is not an absolute URL; inside Zalo a relative path reaches no API.`,
    );
  }
  if (url && url.protocol !== "https:") {
    problems.push(`VITE_API_BASE_URL="${value}" phải bắt đầu bằng https://. / It must use https (Zalo blocks plain http).`);
  }
  if (url && UNREACHABLE_HOST.test(url.hostname)) {
    problems.push(`VITE_API_BASE_URL="${value}" trỏ tới máy không ra được Internet. / Its host cannot be reached from a phone.`);
  }
  if (url && !/\/api\/v1\/?$/.test(url.pathname)) {
    problems.push(`VITE_API_BASE_URL="${value}" phải kết thúc bằng /api/v1. / It must end with /api/v1.`);
  }
  // A value given only on the command line is lost when zmp-cli rebuilds the app for upload.
  if (source === "shell") {
    problems.push(
      "VITE_API_BASE_URL chỉ có trong lệnh, không có trong .env.production; zmp-cli dựng lại ứng dụng sẽ mất nó. / It is set only in the shell; put it in .env.production so a rebuild keeps it.",
    );
  }
  return problems;
}

/** The API's allowed origins (the server's own config) must include every origin of Zalo's webview. */
export function checkCorsOrigins(allowed: readonly string[]): Problem[] {
  return ZALO_WEBVIEW_ORIGINS.filter((origin) => !allowed.includes(origin)).map(
    (origin) => `API chưa cho phép nguồn ${origin} (CORS). / The API's CORS does not allow ${origin}.`,
  );
}

/**
 * Asks the deployed API the question Zalo's webview will ask (a CORS preflight from Zalo's origin).
 * Optional in `npm run deploy:check` (`--probe`) because it needs the API to be online already.
 */
export async function probeCors(apiBaseUrl: string, fetcher: typeof fetch = fetch): Promise<Problem[]> {
  const problems: Problem[] = [];
  const target = `${apiBaseUrl.replace(/\/$/, "")}/wards`;
  for (const origin of ZALO_WEBVIEW_ORIGINS.filter((o) => o.startsWith("https://"))) {
    try {
      const response = await fetcher(target, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "GET" },
        signal: AbortSignal.timeout(10_000),
      });
      const allowed = response.headers.get("access-control-allow-origin");
      if (allowed !== origin && allowed !== "*") {
        problems.push(`API ở ${target} không trả lời CORS cho ${origin}. / The live API does not allow ${origin} (got ${allowed ?? "no header"}).`);
      }
    } catch (error) {
      problems.push(`Không gọi được API ở ${target}. / Could not reach the live API: ${(error as Error).message}`);
    }
  }
  return problems;
}

const REQUIRED_APP_FIELDS = ["title", "headerTitle", "headerColor", "textColor", "statusBarColor"] as const;

/** The `www/app-config.json` that Zalo loads instead of index.html: app settings and the file lists. */
export function checkAppConfig(outDir: string): Problem[] {
  const path = join(outDir, "app-config.json");
  if (!existsSync(path)) return [`Thiếu ${path} sau khi dựng. / The build wrote no app-config.json.`];
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch {
    return [`app-config.json không đọc được (JSON hỏng). / app-config.json is not valid JSON.`];
  }
  const problems: Problem[] = [];
  const app = (config.app ?? {}) as Record<string, unknown>;
  for (const field of REQUIRED_APP_FIELDS) {
    if (typeof app[field] !== "string" || (app[field] as string).trim() === "") {
      problems.push(`app-config.json thiếu app.${field}. / app-config.json lacks app.${field}.`);
    }
  }
  for (const field of ["headerColor", "statusBarColor"] as const) {
    if (typeof app[field] === "string" && !/^#[0-9a-fA-F]{6}$/.test(app[field] as string)) {
      problems.push(`app.${field} phải là màu dạng #rrggbb. / app.${field} must be a #rrggbb colour.`);
    }
  }
  if (typeof app.textColor === "string" && !["white", "black"].includes(app.textColor)) {
    problems.push(`app.textColor chỉ được là white hoặc black. / app.textColor must be white or black.`);
  }
  for (const list of ["listCSS", "listSyncJS", "listAsyncJS"] as const) {
    const files = config[list];
    if (!Array.isArray(files)) {
      problems.push(`app-config.json thiếu ${list}. / app-config.json lacks ${list}.`);
      continue;
    }
    if (list !== "listAsyncJS" && files.length === 0) {
      problems.push(`${list} trống: Zalo sẽ mở một trang trắng. / ${list} is empty: Zalo would load nothing.`);
    }
    for (const file of files) {
      if (typeof file !== "string" || !existsSync(join(outDir, file))) {
        problems.push(`${list} ghi tệp ${String(file)} nhưng tệp không có. / ${list} names a missing file ${String(file)}.`);
      }
    }
  }
  return problems;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export type SizeReport = { files: number; totalBytes: number; zippedBytes: number; largest: { path: string; bytes: number } };

/** Every file under Zalo's per-file limit, and the package (deflated, as a zip stores it) under the total. */
export function checkSizes(outDir: string): { problems: Problem[]; report: SizeReport } {
  const problems: Problem[] = [];
  const report: SizeReport = { files: 0, totalBytes: 0, zippedBytes: 0, largest: { path: "", bytes: 0 } };
  for (const path of listFiles(outDir)) {
    const content = readFileSync(path);
    const name = relative(outDir, path);
    report.files += 1;
    report.totalBytes += content.length;
    // A zip entry costs its deflated bytes plus about 100 bytes of headers and the name twice.
    report.zippedBytes += Math.min(deflateRawSync(content).length, content.length) + 100 + 2 * name.length;
    if (content.length > report.largest.bytes) report.largest = { path: name, bytes: content.length };
    if (content.length > ZALO_MAX_FILE_BYTES) {
      problems.push(`Tệp ${name} nặng ${mb(content.length)}, quá giới hạn 3 MB của Zalo. / ${name} is over Zalo's 3 MB per-file limit.`);
    }
  }
  if (report.zippedBytes > ZALO_MAX_ZIPPED_BYTES) {
    problems.push(`Gói nén nặng ${mb(report.zippedBytes)}, quá giới hạn 10 MB của Zalo. / The zipped package is over Zalo's 10 MB limit.`);
  }
  return { problems, report };
}

/** The address the build was given must really be inside the bundle (proves the build read the setting). */
export function checkBundleUsesApi(outDir: string, apiBaseUrl: string): Problem[] {
  const found = listFiles(outDir).some((path) => path.endsWith(".js") && readFileSync(path, "utf8").includes(apiBaseUrl));
  return found ? [] : [`Bản dựng không chứa ${apiBaseUrl}. / The built app does not contain the API address.`];
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

// Zalo's own hosts (the SDK's) and library documentation links are not domains the app opens.
const NOT_OPENED = /(^|\.)(zalo\.me|zdn\.vn|zaloapp\.com|zascdn\.me|reactjs\.org|apps\.apple\.com|play\.google\.com)$/;

/** The web hosts the built app itself can open or call, for the domain list Zalo's review asks for. */
export function domainsInBundle(outDir: string): string[] {
  const hosts = new Set<string>();
  for (const path of listFiles(outDir).filter((p) => p.endsWith(".js"))) {
    for (const match of readFileSync(path, "utf8").matchAll(/https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
      const host = (match[1] ?? "").toLowerCase();
      if (!NOT_OPENED.test(host)) hosts.add(host);
    }
  }
  return [...hosts].sort();
}
