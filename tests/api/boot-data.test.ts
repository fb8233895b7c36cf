import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { brotliDecompressSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import type { Database } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { Ward } from "../../src/shared/schemas/ward";
import { openTestDatabase } from "./test-database";

// A built app's index.html, reduced to what matters here: the slot the server fills.
const INDEX = '<!doctype html><html><head><script type="module" crossorigin src="./assets/index.AbCd1234.module.js"></script><link rel="stylesheet" crossorigin href="./assets/index-AbCd1234.css"></head><body><script id="cds-boot" type="application/json" data-ward="hoa-cuong">{}</script><div id="app"></div></body></html>';

let app: FastifyInstance;
let db: Database;
let drop: () => Promise<void>;
let appDir: string;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
  await prepareDatabase(db, { demo: true });
  appDir = mkdtempSync(join(tmpdir(), "cds-boot-"));
  writeFileSync(join(appDir, "index.html"), INDEX);
  mkdirSync(join(appDir, "assets"));
  writeFileSync(join(appDir, "assets", "index-AbCd1234.css"), ".home-hero{color:red}");
  writeFileSync(join(appDir, "assets", "index.AbCd1234.module.js"), "export {};");
  app = await buildApp({ config: loadConfig({ NODE_ENV: "test", RESPONSE_CACHE_TTL_MS: "0" }), db, staticApps: { appDir, consoleDir: null } });
});
afterAll(async () => {
  await app?.close();
  await drop?.();
  rmSync(appDir, { recursive: true, force: true });
});

const bootOf = (html: string): Record<string, unknown> => {
  const text = /<script id="cds-boot" type="application\/json" data-ward="hoa-cuong">(.*?)<\/script>/s.exec(html)?.[1];
  if (text === undefined) throw new Error("no boot slot in the page");
  return JSON.parse(text) as Record<string, unknown>;
};

describe("index.html carries home's first answers", () => {
  it("inlines the ward and the latest five announcements, the same as the API answers, at / and on deep links", async () => {
    const ward = (await app.inject("/api/v1/wards/hoa-cuong")).json<Ward>();
    const latest = (await app.inject("/api/v1/wards/hoa-cuong/announcements?limit=5")).json<AnnouncementPage>();
    for (const path of ["/", "/zapps/cong-dan-so/announcements/1", "/index.html"]) {
      const res = await app.inject({ url: path, headers: { accept: "text/html" } });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers["cache-control"]).toBe("no-cache");
      const boot = bootOf(res.body);
      expect(boot["/wards/hoa-cuong"]).toEqual(ward);
      expect(boot["/wards/hoa-cuong/announcements?limit=5"]).toEqual(latest);
    }
  });

  it("cannot be broken out of by an announcement's text", async () => {
    const first = (await app.inject("/api/v1/wards/hoa-cuong/announcements?limit=5")).json<AnnouncementPage>().items[0];
    await db.query("update announcements set title = $1 where id = $2", ['</script><script>alert("x")</script>', first?.id]);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the one-second reuse of the inlined answers
    const res = await app.inject({ url: "/", headers: { accept: "text/html" } });
    expect(res.body).not.toContain('<script>alert("x")');
    const page = bootOf(res.body)["/wards/hoa-cuong/announcements?limit=5"] as AnnouncementPage;
    expect(page.items.some((a) => a.title === '</script><script>alert("x")</script>')).toBe(true);
  });
});

const previewOf = (html: string): string => /<div id="home-preview">(.*?)<\/div><div id="app"><\/div>/s.exec(html)?.[1] ?? "";

describe("index.html shows home before the app's code has come", () => {
  it("carries home's first screen as HTML at home's addresses, with the stylesheet inside, and not on other screens", async () => {
    const ward = (await app.inject("/api/v1/wards/hoa-cuong")).json<Ward>();
    const latest = (await app.inject("/api/v1/wards/hoa-cuong/announcements?limit=5")).json<AnnouncementPage>();
    for (const path of ["/", "/zapps/cong-dan-so", "/zapps/cong-dan-so/"]) {
      const res = await app.inject({ url: path, headers: { accept: "text/html" } });
      const preview = previewOf(res.body);
      expect(preview, path).toContain(`<h1>${ward.name}</h1>`);
      expect(preview.match(/class="card announcement-card"/g)?.length, path).toBe(latest.items.length);
      expect(res.body).toContain("<style>.home-hero{color:red}</style>");
      expect(res.body).not.toContain('rel="stylesheet"');
    }
    const deep = await app.inject({ url: "/zapps/cong-dan-so/announcements/1", headers: { accept: "text/html" } });
    expect(deep.body).not.toContain('id="home-preview"');
  });

  it("starts the app's code after home's preview is painted, through the one inline script the policy allows by its hash", async () => {
    const res = await app.inject({ url: "/", headers: { accept: "text/html" } });
    // The code is fetched at once, but not run while the page is parsed.
    expect(res.body).toContain('<link rel="modulepreload" crossorigin id="cds-app-code" href="./assets/index.AbCd1234.module.js">');
    expect(res.body).not.toContain('<script type="module"');
    const inline = [...res.body.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1] ?? "");
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("requestAnimationFrame");
    const hash = createHash("sha256").update(inline[0] ?? "").digest("base64");
    const scriptSrc = /script-src ([^;]+)/.exec(String(res.headers["content-security-policy"]))?.[1] ?? "";
    expect(scriptSrc.split(" ")).toEqual(["'self'", `'sha256-${hash}'`]);
    // A deep link has no preview to paint first: its module script stays as the build wrote it.
    const deep = await app.inject({ url: "/zapps/cong-dan-so/announcements/1", headers: { accept: "text/html" } });
    expect(deep.body).toContain('<script type="module" crossorigin src="./assets/index.AbCd1234.module.js"></script>');
    expect(deep.body).not.toContain("modulepreload");
  });

  it("escapes the ward's data: an announcement's title cannot add markup", async () => {
    const first = (await app.inject("/api/v1/wards/hoa-cuong/announcements?limit=5")).json<AnnouncementPage>().items[0];
    const title = '<img src=x onerror="alert(1)"> & "Tết"';
    await db.query("update announcements set title = $1 where id = $2", [title, first?.id]);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the one-second reuse of the inlined answers
    const preview = previewOf((await app.inject({ url: "/", headers: { accept: "text/html" } })).body);
    expect(preview).not.toContain("<img");
    expect(preview).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;Tết&quot;");
  });

  it("is compressed when the browser takes it, and never cached without asking", async () => {
    const res = await app.inject({ url: "/", headers: { accept: "text/html", "accept-encoding": "gzip, deflate, br" } });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString("utf8")).toContain('id="home-preview"');
    const plain = await app.inject({ url: "/", headers: { accept: "text/html", "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toContain('id="home-preview"');
  });

  it("serves the build's hashed files as immutable, so a warm open asks for none of them", async () => {
    for (const file of ["/assets/index.AbCd1234.module.js", "/assets/index-AbCd1234.css"]) {
      const res = await app.inject(file);
      expect(res.statusCode, file).toBe(200);
      expect(res.headers["cache-control"], file).toBe("public, max-age=31536000, immutable");
    }
  });
});
