import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { errorBody } from "./error-handler";

export type StaticApps = { appDir: string | null; consoleDir: string | null };

// Vite puts a content hash in every asset name, so those files never change under their URL.
const IMMUTABLE = /\.[0-9a-zA-Z_-]{8,}\.(module\.)?(js|css|woff2?|svg|png|jpg|webp)$/;

function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header("cache-control", IMMUTABLE.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
}

/**
 * Serves the built mini app at / and the staff console at /console/ from the API's own port, with
 * history-API fallback: any other GET that wants HTML gets the app's index.html, so deep links work.
 */
export async function registerStaticApps(app: FastifyInstance, dirs: StaticApps): Promise<void> {
  const indexes: { prefix: string; html: string | null }[] = [];
  if (dirs.consoleDir && existsSync(join(dirs.consoleDir, "index.html"))) {
    await app.register(fastifyStatic, { root: dirs.consoleDir, prefix: "/console/", decorateReply: false, setHeaders: cacheHeaders, wildcard: false });
    indexes.push({ prefix: "/console", html: readFileSync(join(dirs.consoleDir, "index.html"), "utf8") });
  }
  if (dirs.appDir && existsSync(join(dirs.appDir, "index.html"))) {
    await app.register(fastifyStatic, { root: dirs.appDir, prefix: "/", decorateReply: false, setHeaders: cacheHeaders, wildcard: false });
    indexes.push({ prefix: "/", html: readFileSync(join(dirs.appDir, "index.html"), "utf8") });
  }

  const sendIndex = (reply: FastifyReply, html: string) =>
    reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(html);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const wantsHtml = (request.method === "GET" || request.method === "HEAD") && (request.headers.accept ?? "").includes("text/html");
    const index = indexes.find((i) => path === i.prefix || path.startsWith(i.prefix === "/" ? "/" : `${i.prefix}/`));
    if (!path.startsWith("/api") && wantsHtml && index?.html) return sendIndex(reply, index.html);
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
