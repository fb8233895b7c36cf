import etag from "@fastify/etag";
import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Cache-Control for a successful GET of this route; unset = no-store. */
    cacheControl?: string;
  }
}

/**
 * ETags let the app (and any CDN) revalidate with If-None-Match and get a 304 with no body, which
 * matters on a weak mobile signal. Cache-Control comes from each route's config.
 */
export async function registerHttpCache(app: FastifyInstance): Promise<void> {
  await app.register(etag, { weak: false });
  app.addHook("onSend", async (request, reply, payload) => {
    if (!request.url.startsWith("/api/") || reply.hasHeader("cache-control")) return payload;
    const cacheControl = request.routeOptions.config?.cacheControl;
    reply.header("cache-control", request.method === "GET" && reply.statusCode < 400 && cacheControl ? cacheControl : "no-store");
    return payload;
  });
}
