import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";

export async function registerApiDocs(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Công Dân Số API",
        description: "Public read API of the ward app (wards, announcements, …) and, later, the staff API.",
        version,
      },
      tags: [
        { name: "system", description: "Health and documentation" },
        { name: "wards", description: "Wards and their offices" },
        { name: "announcements", description: "What the ward office publishes" },
        { name: "staff", description: "Sign-in and the ward office's own routes (cookie session + X-CSRF-Token)" },
        { name: "teams", description: "Residential areas, community tech teams and ward contacts" },
        { name: "guides", description: "Step-by-step guides: VNeID, QR payment, scams" },
        { name: "procedures", description: "Public-service procedures (thủ tục hành chính) and where to file them" },
        { name: "search", description: "One search over everything the ward app shows, and the ward's own search words" },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { cacheControl: "public, max-age=300" } }, async () => app.swagger());
}
