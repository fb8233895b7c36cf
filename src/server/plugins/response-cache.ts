import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** Drops every cached public response; call after a write that residents must see at once. */
    clearResponseCache(): void;
  }
}

type Entry = { payload: string; contentType: string; storedAt: number };

/**
 * A micro-cache for public GETs: a burst of residents opening the same notice (a pushed announcement
 * reaches thousands at once) costs one database query per URL per `ttlMs`, not one per request.
 * Only responses of routes that declare a public Cache-Control are kept, and only for a moment, so a
 * scheduled notice still appears on time (within ttlMs) and every instance stays stateless enough
 * to run several behind a load balancer.
 */
export async function registerResponseCache(app: FastifyInstance, { ttlMs, maxEntries = 2_000 }: { ttlMs: number; maxEntries?: number }) {
  const cache = new Map<string, Entry>();
  app.decorate("clearResponseCache", () => cache.clear());
  if (ttlMs <= 0) return;
  const cacheable = (method: string, cacheControl: string | undefined) => method === "GET" && cacheControl?.startsWith("public");

  // preHandler, not onRequest: the rate limit (a route-level onRequest hook) must count cached answers too.
  app.addHook("preHandler", async (request, reply) => {
    if (!cacheable(request.method, request.routeOptions.config?.cacheControl)) return;
    const hit = cache.get(request.url);
    if (!hit) return;
    if (Date.now() - hit.storedAt > ttlMs) {
      cache.delete(request.url);
      return;
    }
    request.servedFromCache = true;
    return reply.type(hit.contentType).send(hit.payload);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.servedFromCache || reply.statusCode !== 200 || typeof payload !== "string") return payload;
    if (!cacheable(request.method, request.routeOptions.config?.cacheControl)) return payload;
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(request.url, { payload, contentType: String(reply.getHeader("content-type") ?? "application/json"), storedAt: Date.now() });
    return payload;
  });
}

declare module "fastify" {
  interface FastifyRequest {
    servedFromCache?: boolean;
  }
}
