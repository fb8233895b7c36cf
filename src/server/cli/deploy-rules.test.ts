import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { ZALO_WEBVIEW_ORIGINS } from "../config";
import { checkApiBaseUrl, checkAppConfig, checkCorsOrigins, checkSizes, probeCors, ZALO_MAX_FILE_BYTES } from "./deploy-rules";

const GOOD_APP = { title: "Công Dân Số", headerTitle: "Công Dân Số", headerColor: "#0b5cab", textColor: "white", statusBarColor: "#0b5cab" };

/** A build folder as zmp-vite-plugin writes it, with the given app-config.json. */
function fakeBuild(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "deploy-rules-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "assets/index.js"), "console.log('app')");
  writeFileSync(join(dir, "assets/index.css"), "body{}");
  writeFileSync(join(dir, "app-config.json"), JSON.stringify(config));
  return dir;
}
const goodConfig = { app: GOOD_APP, listCSS: ["assets/index.css"], listSyncJS: ["assets/index.js"], listAsyncJS: [] };

describe("the API address of the Zalo build", () => {
  it("accepts an absolute https address ending in /api/v1 that comes from .env.production", () => {
    expect(checkApiBaseUrl("https://api.hoacuong.vn/api/v1", "file")).toEqual([]);
  });
  it("refuses a missing, relative, http or unreachable address", () => {
    expect(checkApiBaseUrl(undefined, "none")[0]).toMatch(/Chưa đặt VITE_API_BASE_URL/);
    expect(checkApiBaseUrl("/api/v1", "file")[0]).toMatch(/không phải địa chỉ đầy đủ/);
    expect(checkApiBaseUrl("http://api.hoacuong.vn/api/v1", "file")).toEqual([expect.stringMatching(/https:\/\//)]);
    expect(checkApiBaseUrl("https://localhost:8080/api/v1", "file")).toEqual([expect.stringMatching(/không ra được Internet/)]);
    expect(checkApiBaseUrl("https://api.hoacuong.vn/v2", "file")).toEqual([expect.stringMatching(/\/api\/v1/)]);
  });
  it("refuses an address given only on the command line, which a rebuild by zmp-cli loses", () => {
    expect(checkApiBaseUrl("https://api.hoacuong.vn/api/v1", "shell")).toEqual([expect.stringMatching(/\.env\.production/)]);
  });
});

describe("CORS of the API", () => {
  it("needs every Zalo webview origin among the server's allowed origins", () => {
    expect(checkCorsOrigins(ZALO_WEBVIEW_ORIGINS)).toEqual([]);
    expect(checkCorsOrigins(["https://h5.zdn.vn"])).toHaveLength(ZALO_WEBVIEW_ORIGINS.length - 1);
  });

  let server: Server;
  afterEach(() => server?.close());
  it("reports a live API that answers a preflight from Zalo without the CORS header", async () => {
    server = createServer((_req, res) => res.writeHead(204).end()).listen(0, "127.0.0.1");
    await new Promise((done) => server.once("listening", done));
    const { port } = server.address() as { port: number };
    const problems = await probeCors(`http://127.0.0.1:${port}/api/v1`);
    expect(problems).toEqual([expect.stringMatching(/không trả lời CORS cho https:\/\/h5\.zdn\.vn/), expect.stringMatching(/mini\.zalo\.me/)]);
  });
});

describe("app-config.json of the build", () => {
  it("passes when the app settings are complete and every listed file exists", () => {
    expect(checkAppConfig(fakeBuild(goodConfig))).toEqual([]);
  });
  it("names each missing app field, empty list and missing file", () => {
    const { headerTitle: _dropped, ...withoutHeader } = GOOD_APP;
    const problems = checkAppConfig(fakeBuild({ app: { ...withoutHeader, headerColor: "blue" }, listCSS: ["assets/gone.css"], listSyncJS: [] }));
    expect(problems).toEqual([
      expect.stringMatching(/thiếu app\.headerTitle/),
      expect.stringMatching(/app\.headerColor phải là màu/),
      expect.stringMatching(/listCSS ghi tệp assets\/gone\.css/),
      expect.stringMatching(/listSyncJS trống/),
      expect.stringMatching(/thiếu listAsyncJS/),
    ]);
  });
});

describe("Zalo's size limits", () => {
  it("measures the package and refuses a file over 3 MB and a package over 10 MB zipped", () => {
    const dir = fakeBuild(goodConfig);
    expect(checkSizes(dir).problems).toEqual([]);
    // Random bytes do not compress, so 4 such files of 2.9 MB are under the file limit but over the total.
    for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, `assets/photo-${n}.png`), randomBytes(ZALO_MAX_FILE_BYTES - 100_000));
    expect(checkSizes(dir).problems).toEqual([expect.stringMatching(/Gói nén nặng .* quá giới hạn 10 MB/)]);
    rmSync(join(dir, "assets/photo-4.png"));
    writeFileSync(join(dir, "assets/big.js"), "x".repeat(ZALO_MAX_FILE_BYTES + 1));
    const { problems, report } = checkSizes(dir);
    expect(problems).toEqual([expect.stringMatching(/Tệp assets\/big\.js .* quá giới hạn 3 MB/)]);
    expect(report.largest.path).toBe("assets/big.js");
  });
});
