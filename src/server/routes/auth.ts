import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema } from "../../shared/schemas/common";
import { LoginBodySchema, PasswordChangeSchema, SessionSchema } from "../../shared/schemas/staff";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { deleteSession, publicStaff } from "../repositories/staff";
import { changeOwnPassword, signIn } from "../services/sign-in";
import { serviceContext } from "./service-context";

/** Public: signing in. */
export const authRoutes: FastifyPluginAsyncTypebox<{ db: Database; perMinute: number }> = async (app, { db, perMinute }) => {
  const ctx = serviceContext(app, db);
  app.post(
    "/auth/login",
    {
      schema: {
        tags: ["staff"],
        summary: "Sign in with login and password; sets an HttpOnly session cookie and returns the CSRF token",
        body: LoginBodySchema,
        response: { 200: SessionSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
      // On top of the per-login-and-address lock: one address cannot try many logins quickly.
      config: { rateLimit: { max: perMinute, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const { staff, session } = await signIn(ctx, request.log, { ...request.body, address: request.ip });
      reply.setCookie(app.sessionCookie.name, session.token, { httpOnly: true, sameSite: "strict", secure: app.sessionCookie.secure, path: "/", expires: session.expiresAt });
      return { staff, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );
};

/** Signed in (registered in the staff scope): the session itself, and one's own password. */
export const sessionRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  const duringPasswordChange = { allowDuringPasswordChange: true };

  app.post(
    "/auth/logout",
    { config: duringPasswordChange, schema: { tags: ["staff"], summary: "Sign out: the session ends on the server too", response: { 204: { type: "null" }, 401: ErrorResponseSchema, 403: ErrorResponseSchema } } },
    async (request, reply) => {
      requireStaff(request);
      if (request.sessionToken) await deleteSession(db, request.sessionToken);
      reply.clearCookie(app.sessionCookie.name, { path: "/", secure: app.sessionCookie.secure });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/me",
    { config: duringPasswordChange, schema: { tags: ["staff"], summary: "The signed-in staff member and the CSRF token for state-changing requests", response: { 200: SessionSchema, 401: ErrorResponseSchema } } },
    async (request) => {
      const staff = requireStaff(request);
      return { staff: publicStaff(staff), csrfToken: request.csrfToken ?? "", expiresAt: (request.sessionExpiresAt ?? app.clock()).toISOString() };
    },
  );

  app.post(
    "/auth/password",
    {
      config: { ...duringPasswordChange, rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags: ["staff"],
        summary: "Change one's own password (required after an admin set or reset it); other sessions end",
        body: PasswordChangeSchema,
        response: { 200: SessionSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 422: ErrorResponseSchema },
      },
    },
    async (request) => {
      const staff = requireStaff(request);
      const updated = await changeOwnPassword(ctx, staff, request.sessionToken ?? "", request.body);
      return { staff: updated, csrfToken: request.csrfToken ?? "", expiresAt: (request.sessionExpiresAt ?? app.clock()).toISOString() };
    },
  );
};
