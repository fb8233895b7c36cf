import type { Database, Queryable } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { generatePassword, hashPassword, passwordProblem } from "../lib/passwords";
import type { StaffMember, StaffRole } from "../../shared/schemas/staff";
import { countStaff, deleteSessionsOf, findStaffById, findStaffByLogin, insertStaff, publicStaff, setStaffWards, updateStaffColumns, type StaffRecord } from "../repositories/staff";
import { teamWards } from "../repositories/teams";
import { existingWards } from "../repositories/wards";
import { recordedChange, type Actor, type AuditWard, type ServiceContext } from "./versioned-change";

// Staff accounts, from the console and from the shell (`npm run staff`): one set of rules, one clock.

/** Who manages accounts: a signed-in staff member, or the shell, which has the server's own rights. */
export type Manager = StaffRecord | "shell";
const SHELL_ACTOR: Actor = { id: null, login: "shell", name: "Dòng lệnh (npm run staff)" };
const actorOf = (by: Manager): Actor => (by === "shell" ? SHELL_ACTOR : by);
const isNational = (by: Manager): by is "shell" | (StaffRecord & { nationalEditor: true }) => by === "shell" || by.nationalEditor;

const forbidden = (message: string) => new ApiError(403, "FORBIDDEN", message);

/**
 * A ward admin manages a member only when holding EVERY ward of that member (one shared ward would
 * let the admin of ward A take over ward B through someone who works in both), never a national
 * editor's account, and never grants a ward they do not hold or the national role.
 */
function checkManages(by: Manager, target: StaffMember | null, next: { wards?: string[] | undefined; nationalEditor?: boolean | undefined }): void {
  if (isNational(by)) return;
  if (by.role !== "admin") throw forbidden("Chỉ quản trị viên làm được việc này. (Admins only.)");
  if (target?.nationalEditor) throw forbidden("Chỉ biên tập viên toàn quốc quản lý được tài khoản toàn quốc. (National accounts are managed by the national role.)");
  const notHeld = [...(target?.wards ?? []), ...(next.wards ?? [])].filter((w) => !by.wards.includes(w));
  if (notHeld.length) {
    throw forbidden(`Tài khoản này thuộc cả phường bạn không quản lý: ${[...new Set(notHeld)].join(", ")}. Hãy nhờ quản trị viên của phường đó hoặc biên tập viên toàn quốc. (You do not hold every ward of this account.)`);
  }
  if (next.nationalEditor) throw forbidden("Chỉ biên tập viên toàn quốc cấp được quyền toàn quốc. (Only the national role grants it.)");
}

async function checkWardsExist(db: Queryable, wards: string[]): Promise<void> {
  const known = await existingWards(db, wards);
  const unknown = wards.filter((w) => !known.includes(w));
  if (unknown.length) throw new ApiError(422, "UNKNOWN_WARD", `Không có phường: ${unknown.join(", ")}. Hãy chọn phường trong danh sách. (Unknown ward.)`);
}

/** A team lead belongs to one ward's team (issue 17); no other role has a team. */
async function checkTeamLead(db: Queryable, input: NewStaff): Promise<void> {
  if (input.role !== "team-lead") {
    if (input.teamId) throw new ApiError(422, "VALIDATION_FAILED", "Chỉ tổ trưởng tổ công nghệ số mới gắn với một tổ (teamId). (teamId is for team leads only.)", { field: "teamId" });
    return;
  }
  if (input.nationalEditor) throw new ApiError(422, "VALIDATION_FAILED", "Tổ trưởng không có quyền toàn quốc. (A team lead cannot be a national editor.)", { field: "nationalEditor" });
  const wards = input.teamId ? await teamWards(db, input.teamId) : [];
  if (input.wards.length !== 1 || !wards.includes(input.wards[0]!)) {
    throw new ApiError(422, "VALIDATION_FAILED", "Tổ trưởng cần đúng một phường và một tổ công nghệ số của phường đó (teamId). Hãy chọn lại. (A team lead needs one ward and a team of it.)", { field: "teamId" });
  }
}

/** Every ward whose staff see the change, and the national audit when a national account is involved. */
const auditWards = (before: StaffMember | null, after: StaffMember): AuditWard[] => [
  ...new Set([...(before?.wards ?? []), ...after.wards]),
  ...(before?.nationalEditor || after.nationalEditor ? [null] : []),
];

export type NewStaff = { login: string; name: string; role: StaffRole; wards: string[]; password?: string | undefined; nationalEditor?: boolean | undefined; teamId?: string | null | undefined };

/** The new account's password (given or generated) and its hash, once the login is free and the password good. */
async function newAccountPassword(db: Queryable, input: NewStaff): Promise<{ password: string; passwordHash: string }> {
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password, [input.login, input.name, ...input.wards]);
  if (problem) throw new ApiError(422, "WEAK_PASSWORD", problem);
  if (await findStaffByLogin(db, input.login)) throw new ApiError(409, "LOGIN_TAKEN", `Tên đăng nhập "${input.login}" đã có người dùng. Hãy chọn tên khác.`);
  return { password, passwordHash: await hashPassword(password) };
}

/** Inserts an account (no audit, no rights check): for the first admin and for test fixtures. */
export async function addStaff(db: Database, input: NewStaff): Promise<{ id: number; password: string; generated: boolean }> {
  const { password, passwordHash } = await newAccountPassword(db, input);
  const id = await db.transaction((tx) => insertStaff(tx, { ...input, passwordHash }));
  return { id, password, generated: input.password === undefined };
}

/**
 * Creates an account for someone else: whoever set the password knows it, so the new member must
 * choose their own at the first sign-in.
 */
export async function createStaff(ctx: ServiceContext, by: Manager, input: NewStaff): Promise<{ staff: StaffMember; password: string | null }> {
  checkManages(by, null, input);
  await checkWardsExist(ctx.db, input.wards);
  await checkTeamLead(ctx.db, input);
  const { password, passwordHash } = await newAccountPassword(ctx.db, input);
  const staff = await recordedChange<StaffMember>(
    ctx,
    actorOf(by),
    async (tx) => {
      const id = await insertStaff(tx, { ...input, passwordHash, mustChangePassword: true });
      const created = await findStaffById(tx, id);
      if (!created) throw new Error("new staff vanished");
      return { before: null, after: publicStaff(created) };
    },
    (_before, after) => ({ action: "create", entity: "staff", entityId: after.id, wards: auditWards(null, after) }),
  );
  return { staff, password: input.password === undefined ? password : null };
}

export type StaffChange = { name?: string | undefined; role?: StaffRole | undefined; wards?: string[] | undefined; disabled?: boolean | undefined; resetPassword?: boolean | undefined; nationalEditor?: boolean | undefined };

/** Name, role, wards, disabled, national role, password reset (returned once, to be changed at the next sign-in). */
export async function updateStaff(ctx: ServiceContext, by: Manager, target: StaffRecord, change: StaffChange): Promise<{ staff: StaffMember; password: string | null }> {
  checkManages(by, target, change);
  if (change.wards) await checkWardsExist(ctx.db, change.wards);
  if (by !== "shell" && target.id === by.id && (change.disabled || change.role === "editor" || change.nationalEditor === false)) {
    throw new ApiError(422, "SELF_LOCKOUT", "Bạn không thể tự khóa hoặc tự hạ quyền của mình. Hãy nhờ một quản trị viên khác.");
  }
  const password = change.resetPassword ? generatePassword() : null;
  const passwordHash = password ? await hashPassword(password) : undefined;
  const staff = await recordedChange<StaffMember>(
    ctx,
    actorOf(by),
    async (tx, now) => {
      await updateStaffColumns(tx, target.id, { name: change.name, role: change.role, disabled: change.disabled, nationalEditor: change.nationalEditor, passwordHash, mustChangePassword: passwordHash ? true : undefined }, now);
      if (change.wards) await setStaffWards(tx, target.id, change.wards);
      // A new password or a disabled account ends every session signed in before.
      if (change.disabled || passwordHash) await deleteSessionsOf(tx, target.id);
      const updated = await findStaffById(tx, target.id);
      if (!updated) throw new Error("staff vanished");
      return { before: publicStaff(target), after: publicStaff(updated) };
    },
    (before, after) => ({ action: change.resetPassword ? "reset-password" : "update", entity: "staff", entityId: target.id, wards: auditWards(before, after) }),
  );
  return { staff, password };
}

export async function requireStaffAccount(db: Queryable, id: number): Promise<StaffRecord> {
  const target = await findStaffById(db, id);
  if (!target) throw notFound(`Tài khoản số ${id}`);
  return target;
}

/**
 * On a database with no staff: the first account, admin of every ward and national editor, from
 * BOOTSTRAP_ADMIN_* or with a generated password that the caller prints once (never logged).
 */
export async function ensureFirstAdmin(db: Database, bootstrap: { login?: string | undefined; password?: string | undefined }) {
  if ((await countStaff(db)) > 0) return null;
  const wards = (await db.query<{ slug: string }>("select slug from wards order by slug")).map((w) => w.slug);
  const login = bootstrap.login ?? "admin";
  const created = await addStaff(db, { login, name: "Quản trị viên", role: "admin", wards, password: bootstrap.password, nationalEditor: true });
  return { login, password: created.generated ? created.password : null };
}
