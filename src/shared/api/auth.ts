import Type from "typebox";
import { LoginBodySchema, NewStaffSchema, PasswordChangeSchema, SessionSchema, StaffListSchema, StaffPatchSchema, StaffWithPasswordSchema } from "../schemas/staff";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, NOT_ALLOWED, SIGNED_OUT, SLOW_DOWN, STAFF } from "./error-codes";

const StaffIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, { additionalProperties: false });
const ACCOUNT_ERRORS = { ...STAFF, 404: MISSING, 409: ["LOGIN_TAKEN"], 422: ["VALIDATION_FAILED", "WEAK_PASSWORD", "SELF_LOCKOUT", "UNKNOWN_WARD"] } as const;

/** Signing in, the session, one's own password. */
export const authContracts = {
  login: contract({
    method: "POST",
    path: "/auth/login",
    tags: ["staff"],
    summary: "Sign in with login and password; sets an HttpOnly session cookie and returns the CSRF token",
    body: LoginBodySchema,
    response: { 200: SessionSchema },
    errors: { 400: BAD_INPUT, 401: ["BAD_CREDENTIALS"], 429: ["LOGIN_LOCKED", ...SLOW_DOWN] },
  }),
  logout: contract({
    method: "POST",
    path: "/auth/logout",
    tags: ["staff"],
    summary: "Sign out: the session ends on the server too",
    response: { 204: Type.Null() },
    errors: { 401: SIGNED_OUT, 403: NOT_ALLOWED },
  }),
  me: contract({
    method: "GET",
    path: "/auth/me",
    tags: ["staff"],
    summary: "The signed-in staff member and the CSRF token for state-changing requests",
    response: { 200: SessionSchema },
    errors: { 401: SIGNED_OUT },
  }),
  changePassword: contract({
    method: "POST",
    path: "/auth/password",
    tags: ["staff"],
    summary: "Change one's own password (required after an admin set or reset it); other sessions end",
    body: PasswordChangeSchema,
    response: { 200: SessionSchema },
    errors: { 400: BAD_INPUT, 401: SIGNED_OUT, 403: [...NOT_ALLOWED, "WRONG_PASSWORD"], 422: ["WEAK_PASSWORD", "SAME_PASSWORD"] },
  }),
} as const;

/** Staff accounts, as admins manage them (every ward's for the national role). */
export const staffContracts = {
  list: contract({
    method: "GET",
    path: "/staff",
    tags: ["staff"],
    summary: "Staff of the wards this admin manages (every ward's for the national role)",
    response: { 200: StaffListSchema },
    errors: ACCOUNT_ERRORS,
  }),
  create: contract({
    method: "POST",
    path: "/staff",
    tags: ["staff"],
    summary: "Create a staff account; without a password one is generated and returned once; either way it must be changed at the first sign-in",
    body: NewStaffSchema,
    response: { 201: StaffWithPasswordSchema },
    errors: ACCOUNT_ERRORS,
  }),
  update: contract({
    method: "PATCH",
    path: "/staff/:id",
    tags: ["staff"],
    summary: "Change a staff member's name, role, wards; disable; reset the password (returned once). Only by an admin holding every ward of that member",
    params: StaffIdParams,
    body: StaffPatchSchema,
    response: { 200: StaffWithPasswordSchema },
    errors: ACCOUNT_ERRORS,
  }),
} as const;
