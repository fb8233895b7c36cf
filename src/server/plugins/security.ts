import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config";
import { START_AFTER_PAINT_HASH } from "../lib/index-html";

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The one inline script: home's start after its server-drawn preview is painted (lib/index-html.ts).
        scriptSrc: ["'self'", START_AFTER_PAINT_HASH],
        // zmp-ui and React set inline style attributes for layout and animation.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", "https:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // The API is called cross-origin from Zalo's webview; it must be allowed to read responses.
    crossOriginResourcePolicy: { policy: "cross-origin" },
    // Whenever residents and staff reach us over https (PUBLIC_URL), even behind a TLS proxy.
    hsts: config.https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    exposedHeaders: ["ETag", "X-Request-Id"],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: "1 minute",
    // Static files of the app are cheap and come in bursts on first open; limit the API only. The
    // matched route decides, not the raw target: an absolute-form target ("http://host/api/…")
    // reaches the same route. /health is for load balancers and must answer however busy we are.
    allowList: (request) => {
      const route = request.routeOptions.url ?? "";
      return !route.startsWith("/api/") || route === "/api/v1/health";
    },
  });
}
