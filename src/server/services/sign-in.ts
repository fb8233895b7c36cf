import { ApiError } from "../lib/api-error";
import { hashPassword, passwordProblem, verifyPassword } from "../lib/passwords";
import {
  clearAttempts,
  countAttempt,
  createSession,
  deleteOtherSessionsOf,
  findStaffByLogin,
  lockAttempts,
  publicStaff,
  purgeStale,
  recentFailuresOfLogin,
  updateStaffColumns,
  type StaffRecord,
} from "../repositories/staff";
import type { StaffMember } from "../../shared/schemas/staff";
import { recordedChange, type ServiceContext } from "./versioned-change";

/** Where sign-in events go: the request's logger (pino) in the API. */
export type EventLog = { info(details: object, message: string): void; warn(details: object, message: string): void };

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000; // one working day
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
const FAILURES_KEPT_MS = 24 * 60 * 60 * 1000;

// Verified when the login does not exist, so a wrong login costs as long as a wrong password.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const locked = (until: Date, now: Date) =>
  new ApiError(
    429,
    "LOGIN_LOCKED",
    `Đăng nhập sai ${MAX_FAILURES} lần nên máy này tạm bị khóa với tài khoản đó. Hãy thử lại sau ${Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))} phút, hoặc nhờ quản trị viên đặt lại mật khẩu. (Too many failed sign-ins from this address.)`,
  );

/**
 * Sign-in that resists guessing without handing strangers a way to lock staff out:
 * - the attempt is counted before its password is checked (atomic), so parallel guesses cannot
 *   slip past the limit;
 * - the lock is per login AND address: a stranger elsewhere locks only themselves out;
 * - every failure for the login, from any address, slows the next answer a little (capped);
 * - failures and locks are logged with the login and address, never the password.
 */
export async function signIn(ctx: ServiceContext, log: EventLog, input: { login: string; password: string; address: string }) {
  const now = ctx.clock();
  const login = input.login.trim().toLowerCase();
  const attempt = await countAttempt(ctx.db, login, input.address, now);
  if (attempt.lockedUntil && attempt.lockedUntil > now) {
    log.warn({ login, address: input.address }, "sign-in refused: locked");
    throw locked(attempt.lockedUntil, now);
  }
  if (attempt.failures > MAX_FAILURES) throw await lockNow(ctx, log, login, input.address, now);
  const staff = await findStaffByLogin(ctx.db, login);
  const ok = await verifyPassword(input.password, staff?.passwordHash ?? DUMMY_HASH);
  if (!staff || !ok || staff.disabled) {
    const recent = await recentFailuresOfLogin(ctx.db, login, new Date(now.getTime() - LOCK_MINUTES * 60_000));
    await sleep(Math.min(150 * recent, 3_000));
    if (attempt.failures >= MAX_FAILURES) throw await lockNow(ctx, log, login, input.address, now);
    log.warn({ login, address: input.address, failures: attempt.failures, knownLogin: Boolean(staff) }, "sign-in failed");
    const left = MAX_FAILURES - attempt.failures;
    throw new ApiError(401, "BAD_CREDENTIALS", `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi bị khóa ${LOCK_MINUTES} phút. (Wrong login or password.)`);
  }
  await clearAttempts(ctx.db, login, input.address);
  // Sign-ins are rare: a good moment to drop what is no longer of use.
  const purged = await purgeStale(ctx.db, now, new Date(now.getTime() - FAILURES_KEPT_MS));
  if (purged.sessions || purged.failures) log.info(purged, "purged expired sessions and old sign-in failures");
  const session = await createSession(ctx.db, staff.id, now, SESSION_TTL_MS);
  log.info({ staff: staff.login }, "staff signed in");
  return { staff: publicStaff(staff), session };
}

async function lockNow(ctx: ServiceContext, log: EventLog, login: string, address: string, now: Date): Promise<ApiError> {
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await lockAttempts(ctx.db, login, address, until);
  log.warn({ login, address, until: until.toISOString() }, "sign-in locked");
  return locked(until, now);
}

/**
 * The signed-in member chooses a new password (and must, after an admin set or reset it). Other
 * sessions end; this one stays.
 */
export async function changeOwnPassword(ctx: ServiceContext, staff: StaffRecord, sessionToken: string, input: { currentPassword: string; newPassword: string }): Promise<StaffMember> {
  if (!(await verifyPassword(input.currentPassword, staff.passwordHash))) {
    throw new ApiError(403, "WRONG_PASSWORD", "Mật khẩu hiện tại không đúng. Hãy nhập lại mật khẩu bạn vừa dùng để đăng nhập. (Current password is wrong.)");
  }
  if (input.newPassword === input.currentPassword) {
    throw new ApiError(422, "SAME_PASSWORD", "Mật khẩu mới phải khác mật khẩu hiện tại. (Choose a different password.)");
  }
  const problem = passwordProblem(input.newPassword, [staff.login, staff.name, ...staff.wards]);
  if (problem) throw new ApiError(422, "WEAK_PASSWORD", problem, { field: "newPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  return recordedChange<StaffMember>(
    ctx,
    staff,
    async (tx, now) => {
      await updateStaffColumns(tx, staff.id, { passwordHash, mustChangePassword: false }, now);
      await deleteOtherSessionsOf(tx, staff.id, sessionToken);
      return { before: publicStaff(staff), after: { ...publicStaff(staff), mustChangePassword: false } };
    },
    () => ({ action: "change-password", entity: "staff", entityId: staff.id, wards: staff.wards.length ? staff.wards : [null] }),
  );
}
