import type { Database } from "../db/database";
import type { StaffRole } from "../../shared/schemas/staff";
import { countStaff, deleteSessionsOf, findStaffByLogin, insertStaff } from "../repositories/staff";
import { ApiError } from "./api-error";
import { generatePassword, hashPassword, passwordProblem } from "./passwords";

/** Shared by the bootstrap at start and `npm run staff`: the only ways to make accounts from a shell. */
export async function addStaff(
  db: Database,
  input: { login: string; name: string; role: StaffRole; wards: string[]; password?: string | undefined },
): Promise<{ id: number; password: string; generated: boolean }> {
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw new ApiError(422, "WEAK_PASSWORD", problem);
  if (await findStaffByLogin(db, input.login)) throw new ApiError(409, "LOGIN_TAKEN", `Tên đăng nhập "${input.login}" đã có người dùng. Hãy chọn tên khác.`);
  const passwordHash = await hashPassword(password);
  const id = await db.transaction((tx) => insertStaff(tx, { ...input, passwordHash }));
  return { id, password, generated: input.password === undefined };
}

export async function resetStaffPassword(db: Database, login: string, password?: string): Promise<{ password: string }> {
  const staff = await findStaffByLogin(db, login);
  if (!staff) throw new ApiError(404, "NOT_FOUND", `Không có tài khoản "${login}".`);
  const next = password ?? generatePassword();
  const problem = passwordProblem(next);
  if (problem) throw new ApiError(422, "WEAK_PASSWORD", problem);
  const hash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.query("update staff set password_hash = $2, updated_at = now() where id = $1", [staff.id, hash]);
    // A new password ends every session signed in with the old one.
    await deleteSessionsOf(tx, staff.id);
  });
  return { password: next };
}

export async function setStaffDisabled(db: Database, login: string, disabled: boolean): Promise<void> {
  const staff = await findStaffByLogin(db, login);
  if (!staff) throw new ApiError(404, "NOT_FOUND", `Không có tài khoản "${login}".`);
  await db.transaction(async (tx) => {
    await tx.query("update staff set disabled = $2, updated_at = now() where id = $1", [staff.id, disabled]);
    if (disabled) await deleteSessionsOf(tx, staff.id);
  });
}

/**
 * On a database with no staff: creates the first admin for every ward, from BOOTSTRAP_ADMIN_* or
 * with a generated password that the caller prints once (it is never logged or stored in clear).
 */
export async function ensureFirstAdmin(db: Database, bootstrap: { login?: string | undefined; password?: string | undefined }) {
  if ((await countStaff(db)) > 0) return null;
  const wards = (await db.query<{ slug: string }>("select slug from wards order by slug")).map((w) => w.slug);
  const login = bootstrap.login ?? "admin";
  const created = await addStaff(db, { login, name: "Quản trị viên", role: "admin", wards, password: bootstrap.password });
  return { login, password: created.generated ? created.password : null };
}
