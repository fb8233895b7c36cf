import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type BootAnswers, jsonForScript } from "../lib/boot-data";
import { compressHtml, htmlEncoding, type HtmlEncoding } from "../lib/compress-html";
import { inlineStylesheet, isHomePath, withHomePreview } from "../lib/index-html";
import { errorBody } from "./error-handler";

export type StaticApps = { appDir: string | null; consoleDir: string | null };
/** Answers to inline into the mini app's index.html for a ward (see lib/boot-data.ts). */
export type BootData = (ward: string) => Promise<BootAnswers>;

// The placeholder index.html carries (vite.config.ts writes the build's ward into it).
const BOOT_SLOT = /<script id="cds-boot" type="application\/json" data-ward="([a-z0-9-]+)">\{\}<\/script>/;

// Vite puts a content hash in every asset name ("page.C3pnA_zi.module.js", "index-HEr0sg8w.css"),
// so those files never change under their URL. The stylesheet's hash follows a "-": without it
// here, every open revalidated the render-blocking CSS, a full round trip on a weak signal.
const IMMUTABLE = /[.-][0-9a-zA-Z_-]{8,}\.(module\.)?(js|css|woff2?|svg|png|jpg|webp)$/;

function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header("cache-control", IMMUTABLE.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
}

/**
 * Serves the built mini app at / and the staff console at /console/ from the API's own port, with
 * history-API fallback: any other GET that wants HTML gets the app's index.html, so deep links work.
 */
export async function registerStaticApps(app: FastifyInstance, dirs: StaticApps, bootData?: BootData): Promise<void> {
  const indexes: { prefix: string; html: string | null }[] = [];
  if (dirs.consoleDir && existsSync(join(dirs.consoleDir, "index.html"))) {
    await app.register(fastifyStatic, { root: dirs.consoleDir, prefix: "/console/", decorateReply: false, setHeaders: cacheHeaders, wildcard: false });
    indexes.push({ prefix: "/console", html: readFileSync(join(dirs.consoleDir, "index.html"), "utf8") });
  }
  if (dirs.appDir && existsSync(join(dirs.appDir, "index.html"))) {
    // index.html always goes through sendIndex below, which inlines home's first answers.
    await app.register(fastifyStatic, {
      root: dirs.appDir,
      prefix: "/",
      decorateReply: false,
      setHeaders: cacheHeaders,
      wildcard: false,
      index: false,
      allowedPath: (path) => path !== "/index.html",
    });
    indexes.push({ prefix: "/", html: inlineStylesheet(readFileSync(join(dirs.appDir, "index.html"), "utf8"), dirs.appDir) });
  }

  const withBootData = (html: string, path: string, boot: BootAnswers): string => {
    const slot = BOOT_SLOT.exec(html);
    if (!slot) return html;
    const filled = html.replace(slot[0], slot[0].replace("{}", jsonForScript(boot.answers)));
    return withHomePreview(filled, path, boot);
  };
  // The same page for everyone while the ward's boot answers are kept (a second): after a pushed
  // notice thousands open home at once, and each would otherwise render and compress it again.
  const pages = new WeakMap<BootAnswers, Map<string, Buffer | string>>();
  const pageFor = async (html: string, path: string, encoding: HtmlEncoding): Promise<Buffer | string> => {
    const slot = BOOT_SLOT.exec(html);
    // Without the data the app simply asks the API, as it does inside Zalo: never fail the page for it.
    const boot = slot && bootData ? await bootData(slot[1] ?? "").catch(() => null) : null;
    if (!boot) return compressHtml(html, encoding);
    const key = `${isHomePath(path)}|${encoding ?? ""}`;
    const kept = pages.get(boot) ?? new Map<string, Buffer | string>();
    pages.set(boot, kept);
    let page = kept.get(key);
    if (page === undefined) kept.set(key, (page = compressHtml(withBootData(html, path, boot), encoding)));
    return page;
  };
  // The not-found handler is no route, so @fastify/compress never sees this answer: compress it here.
  const sendIndex = async (request: FastifyRequest, reply: FastifyReply, html: string, path: string) => {
    const encoding = htmlEncoding(request.headers["accept-encoding"]);
    const body = await pageFor(html, path, encoding);
    if (encoding) reply.header("content-encoding", encoding);
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").header("vary", "accept-encoding").send(body);
  };

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const wantsHtml = (request.method === "GET" || request.method === "HEAD") && (request.headers.accept ?? "").includes("text/html");
    const index = indexes.find((i) => path === i.prefix || path.startsWith(i.prefix === "/" ? "/" : `${i.prefix}/`));
    if (!path.startsWith("/api") && wantsHtml && index?.html) return sendIndex(request, reply, index.html, path);
    return reply
      .status(404)
      .send(
        errorBody(
          404,
          "ROUTE_NOT_FOUND",
          `Không có đường dẫn ${request.method} ${path}. Hãy xem danh sách API tại /api/docs. (No such route.)`,
          request.id,
        ),
      );
  });
}
