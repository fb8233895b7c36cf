import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Database } from "../db/database";
import { ApiError } from "../lib/api-error";
import { findSession, type StaffRecord } from "../repositories/staff";

export const SESSION_COOKIE = "cds_session";

/**
 * Over https the cookie is Secure and `__Host-` prefixed (the browser then refuses it without
 * Secure, with a Domain, or off path "/"): whether we run behind a TLS proxy or not, PUBLIC_URL says.
 */
export const sessionCookieFor = (https: boolean) => ({ name: https ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE, secure: https });

declare module "fastify" {
  interface FastifyInstance {
    sessionCookie: { name: string; secure: boolean };
  }
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in staff member, when the request carries a valid session cookie. */
    staff: StaffRecord | null;
    csrfToken: string | null;
    sessionToken: string | null;
    sessionExpiresAt: Date | null;
  }
}

const unauthenticated = () =>
  new ApiError(401, "UNAUTHENTICATED", "Bạn chưa đăng nhập hoặc phiên đã hết hạn. Hãy đăng nhập lại. (Sign in first.)");

/**
 * Reads the session cookie on API requests. Authorisation is explicit in each route through
 * `requireStaff`, so a route that forgets it is visibly public rather than silently half-protected.
 */
export async function registerAuth(app: FastifyInstance, db: Database, https: boolean): Promise<void> {
  await app.register(cookie);
  app.decorate("sessionCookie", sessionCookieFor(https));
  app.decorateRequest("staff", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("sessionExpiresAt", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[app.sessionCookie.name];
    if (!token || !request.url.startsWith("/api/")) return;
    const session = await findSession(db, token, app.clock());
    if (!session) return;
    request.staff = session.staff;
    request.csrfToken = session.csrfToken;
    request.sessionToken = token;
    request.sessionExpiresAt = session.expiresAt;
  });
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Routes a member may use while they must still change the password an admin set. */
    allowDuringPasswordChange?: boolean;
  }
}

/** Signed in (401) and, on anything that changes state, the session's CSRF token (403). */
function requireSession(request: FastifyRequest): StaffRecord {
  const staff = request.staff;
  if (!staff) throw unauthenticated();
  if (request.method !== "GET" && request.method !== "HEAD" && request.headers["x-csrf-token"] !== request.csrfToken) {
    throw new ApiError(403, "CSRF", "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang quản trị rồi thử lại. (CSRF token missing or wrong.)");
  }
  return staff;
}

/**
 * The hook of the staff scope (every staff route is registered inside it): it runs before the body
 * is parsed or validated, so an anonymous caller learns nothing about the route's schema, and a
 * member who must change the password an admin set can do only that.
 */
export async function staffScopeGate(request: FastifyRequest): Promise<void> {
  const staff = requireSession(request);
  if (staff.mustChangePassword && !request.routeOptions.config?.allowDuringPasswordChange) {
    throw new ApiError(403, "PASSWORD_CHANGE_REQUIRED", "Mật khẩu của bạn do quản trị viên đặt. Hãy đổi mật khẩu của riêng bạn trước khi làm việc khác. (Change your password first.)");
  }
}

export type RequiredRole = "admin" | "national-editor";

/**
 * The gate inside every staff route: signed in (401), the CSRF token on anything that changes state
 * (403), the right role and the ward among the staff member's wards (403). Ward roles act only in
 * the wards they hold; `national-editor` is for content every ward shares.
 */
export function requireStaff(request: FastifyRequest, need: { ward?: string; role?: RequiredRole; allowTeamLead?: boolean } = {}): StaffRecord {
  const staff = requireSession(request);
  // A team lead works in the requests inbox only: every other ward route refuses them unless it says otherwise.
  if (staff.role === "team-lead" && (need.role || (need.ward && !need.allowTeamLead))) {
    throw new ApiError(403, "FORBIDDEN", "Tổ trưởng tổ công nghệ số chỉ dùng được mục Phản ánh (nhờ hỗ trợ). (Team leads may use the requests inbox only.)");
  }
  if (need.role === "admin" && staff.role !== "admin") {
    throw new ApiError(403, "FORBIDDEN", "Chỉ quản trị viên làm được việc này. (Admins only.)");
  }
  if (need.role === "national-editor" && !staff.nationalEditor) {
    throw new ApiError(403, "FORBIDDEN", "Chỉ biên tập viên toàn quốc sửa được nội dung dùng chung cho mọi phường. (National editors only.)");
  }
  if (need.ward && !staff.wards.includes(need.ward)) {
    throw new ApiError(403, "FORBIDDEN", `Tài khoản của bạn không quản lý phường "${need.ward}". (Not your ward.)`);
  }
  return staff;
}
