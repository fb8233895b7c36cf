import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema } from "../../shared/schemas/common";
import { LoginBodySchema, SessionSchema } from "../../shared/schemas/staff";
import type { Database } from "../db/database";
import { ApiError } from "../lib/api-error";
import { verifyPassword } from "../lib/passwords";
import { requireStaff } from "../plugins/auth";
import {
  clearFailures,
  createSession,
  deleteSession,
  findStaffByLogin,
  LOCK_MINUTES,
  lockedUntil,
  MAX_FAILURES,
  publicStaff,
  recordFailure,
} from "../repositories/staff";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000; // one working day

// Verified when the login does not exist, so a wrong login costs as long as a wrong password.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const authRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.post(
    "/auth/login",
    {
      schema: {
        tags: ["staff"],
        summary: "Sign in with login and password; sets an HttpOnly session cookie and returns the CSRF token",
        body: LoginBodySchema,
        response: { 200: SessionSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema, 429: ErrorResponseSchema },
      },
      // On top of the per-login lock: one address cannot try many logins quickly.
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const now = app.clock();
      const login = request.body.login.trim().toLowerCase();
      const locked = await lockedUntil(db, login, now);
      if (locked) {
        const minutes = Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000));
        throw new ApiError(429, "LOGIN_LOCKED", `Tài khoản tạm khóa vì đăng nhập sai nhiều lần. Hãy thử lại sau ${minutes} phút. (Too many failed sign-ins.)`);
      }
      const staff = await findStaffByLogin(db, login);
      const ok = await verifyPassword(request.body.password, staff?.passwordHash ?? DUMMY_HASH);
      if (!staff || !ok || staff.disabled) {
        const failures = await recordFailure(db, login, now);
        // Each failure answers a little later: guessing gets slow long before the lock.
        await sleep(Math.min(150 * failures, 1_500));
        const left = MAX_FAILURES - failures;
        throw left > 0
          ? new ApiError(401, "BAD_CREDENTIALS", `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi bị khóa ${LOCK_MINUTES} phút. (Wrong login or password.)`)
          : new ApiError(429, "LOGIN_LOCKED", `Đăng nhập sai ${MAX_FAILURES} lần. Tài khoản tạm khóa ${LOCK_MINUTES} phút. (Locked.)`);
      }
      await clearFailures(db, login);
      const session = await createSession(db, staff.id, now, SESSION_TTL_MS);
      reply.setCookie(app.sessionCookie.name, session.token, {
        httpOnly: true,
        sameSite: "strict",
        secure: app.sessionCookie.secure,
        path: "/",
        expires: session.expiresAt,
      });
      request.log.info({ staff: staff.login }, "staff signed in");
      return { staff: publicStaff(staff), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.post(
    "/auth/logout",
    { schema: { tags: ["staff"], summary: "Sign out: the session ends on the server too", response: { 204: { type: "null" }, 401: ErrorResponseSchema, 403: ErrorResponseSchema } } },
    async (request, reply) => {
      requireStaff(request);
      if (request.sessionToken) await deleteSession(db, request.sessionToken);
      reply.clearCookie(app.sessionCookie.name, { path: "/", secure: app.sessionCookie.secure });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/me",
    { schema: { tags: ["staff"], summary: "The signed-in staff member and the CSRF token for state-changing requests", response: { 200: SessionSchema, 401: ErrorResponseSchema } } },
    async (request) => {
      const staff = requireStaff(request);
      return { staff: publicStaff(staff), csrfToken: request.csrfToken ?? "", expiresAt: (request.sessionExpiresAt ?? app.clock()).toISOString() };
    },
  );
};
