import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import type { Database } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";
import { openTestDatabase } from "./test-database";

// The console is routed in the browser (react-router under /console/): a refresh or a pasted link
// to any of its addresses must get the console's own page, never the mini app's or a JSON 404.
const CONSOLE_INDEX = '<!doctype html><html><body><div id="console"></div><script type="module" src="/console/assets/main-AbCd1234.js"></script></body></html>';
const APP_INDEX = '<!doctype html><html><body><div id="app"></div></body></html>';

let app: FastifyInstance;
let db: Database;
let drop: () => Promise<void>;
let root: string;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
  await prepareDatabase(db, { demo: false });
  root = mkdtempSync(join(tmpdir(), "cds-console-pages-"));
  const consoleDir = join(root, "console");
  const appDir = join(root, "app");
  mkdirSync(join(consoleDir, "assets"), { recursive: true });
  mkdirSync(appDir);
  writeFileSync(join(consoleDir, "index.html"), CONSOLE_INDEX);
  writeFileSync(join(consoleDir, "assets", "main-AbCd1234.js"), "export {};");
  writeFileSync(join(appDir, "index.html"), APP_INDEX);
  app = await buildApp({ config: loadConfig({ NODE_ENV: "test" }), db, staticApps: { appDir, consoleDir } });
});
afterAll(async () => {
  await app?.close();
  await drop?.();
  rmSync(root, { recursive: true, force: true });
});

describe("console addresses", () => {
  it.each(["/console/", "/console", "/console/announcements", "/console/announcements/123", "/console/teams?ward=hoa-cuong", "/console/national-audit"])(
    "%s answers the console's page",
    async (url) => {
      const res = await app.inject({ url, headers: { accept: "text/html,application/xhtml+xml" } });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toBe(CONSOLE_INDEX);
    },
  );

  it("serves the console's files as files, and a missing one as a 404, not as the page", async () => {
    const js = await app.inject({ url: "/console/assets/main-AbCd1234.js", headers: { accept: "*/*" } });
    expect(js.statusCode).toBe(200);
    expect(js.headers["cache-control"]).toContain("immutable");
    const missing = await app.inject({ url: "/console/assets/main-gone0000.js", headers: { accept: "*/*" } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "ROUTE_NOT_FOUND" });
  });

  it("leaves the mini app's addresses and the API alone", async () => {
    const page = await app.inject({ url: "/announcements/1", headers: { accept: "text/html" } });
    expect(page.body).toBe(APP_INDEX);
    const api = await app.inject({ url: "/api/v1/console/nothing", headers: { accept: "text/html" } });
    expect(api.statusCode).toBe(404);
  });
});
