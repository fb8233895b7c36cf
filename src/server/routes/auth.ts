import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { authContracts } from "../../shared/api/auth";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { deleteSession, publicStaff } from "../repositories/staff";
import { changeOwnPassword, signIn } from "../services/sign-in";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

/** Public: signing in. */
export const authRoutes: FastifyPluginAsyncTypebox<{ db: Database; perMinute: number }> = async (app, { db, perMinute }) => {
  const ctx = serviceContext(app, db);
  serve(
    app,
    authContracts.login,
    async (request, reply) => {
      const { staff, session } = await signIn(ctx, request.log, { ...request.body, address: request.ip });
      reply.setCookie(app.sessionCookie.name, session.token, { httpOnly: true, sameSite: "strict", secure: app.sessionCookie.secure, path: "/", expires: session.expiresAt });
      return { staff, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
    // On top of the per-login-and-address lock: one address cannot try many logins quickly.
    { config: { rateLimit: { max: perMinute, timeWindow: "1 minute" } } },
  );
};

/** Signed in (registered in the staff scope): the session itself, and one's own password. */
export const sessionRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  const duringPasswordChange = { allowDuringPasswordChange: true };

  serve(
    app,
    authContracts.logout,
    async (request, reply) => {
      requireStaff(request);
      if (request.sessionToken) await deleteSession(db, request.sessionToken);
      reply.clearCookie(app.sessionCookie.name, { path: "/", secure: app.sessionCookie.secure });
      return reply.status(204).send(null);
    },
    { config: duringPasswordChange },
  );

  serve(
    app,
    authContracts.me,
    async (request) => {
      const staff = requireStaff(request);
      return { staff: publicStaff(staff), csrfToken: request.csrfToken ?? "", expiresAt: (request.sessionExpiresAt ?? app.clock()).toISOString() };
    },
    { config: duringPasswordChange },
  );

  serve(
    app,
    authContracts.changePassword,
    async (request) => {
      const staff = requireStaff(request);
      const updated = await changeOwnPassword(ctx, staff, request.sessionToken ?? "", request.body);
      return { staff: updated, csrfToken: request.csrfToken ?? "", expiresAt: (request.sessionExpiresAt ?? app.clock()).toISOString() };
    },
    { config: { ...duringPasswordChange, rateLimit: { max: 10, timeWindow: "1 minute" } } },
  );
};
