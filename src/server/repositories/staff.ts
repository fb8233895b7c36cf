import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../db/database";
import type { StaffRole, StaffMember } from "../../shared/schemas/staff";

type StaffRow = {
  id: number;
  login: string;
  name: string;
  password_hash: string;
  role: StaffRole;
  disabled: boolean;
  national_editor: boolean;
  must_change_password: boolean;
  team_id: string | null;
  wards: string[] | null;
};

const STAFF_SELECT = `select s.id, s.login, s.name, s.password_hash, s.role, s.disabled, s.national_editor, s.must_change_password, s.team_id,
  (select array_agg(w.ward_slug order by w.ward_slug) from staff_wards w where w.staff_id = s.id) as wards
  from staff s`;

export type StaffRecord = StaffMember & { passwordHash: string };

const toRecord = (r: StaffRow): StaffRecord => ({
  id: r.id,
  login: r.login,
  name: r.name,
  role: r.role,
  disabled: r.disabled,
  wards: r.wards ?? [],
  nationalEditor: r.national_editor,
  mustChangePassword: r.must_change_password,
  teamId: r.team_id,
  passwordHash: r.password_hash,
});

/** Without the hash: what may leave the server. */
export const publicStaff = ({ passwordHash: _hash, ...staff }: StaffRecord): StaffMember => staff;

export async function findStaffByLogin(db: Queryable, login: string): Promise<StaffRecord | null> {
  const [row] = await db.query<StaffRow>(`${STAFF_SELECT} where s.login = $1`, [login.trim().toLowerCase()]);
  return row ? toRecord(row) : null;
}

export async function findStaffById(db: Queryable, id: number): Promise<StaffRecord | null> {
  const [row] = await db.query<StaffRow>(`${STAFF_SELECT} where s.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

/** Staff of any of these wards; every account when `wards` is null (the national role). */
export async function listStaffOfWards(db: Queryable, wards: string[] | null): Promise<StaffMember[]> {
  const rows = await db.query<StaffRow>(
    `${STAFF_SELECT} where $1::text[] is null or exists (select 1 from staff_wards w where w.staff_id = s.id and w.ward_slug = any($1::text[])) order by s.login`,
    [wards],
  );
  return rows.map((r) => publicStaff(toRecord(r)));
}

export async function countStaff(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>("select count(*)::int as n from staff"))[0]?.n ?? 0;
}

export async function insertStaff(
  db: Queryable,
  input: { login: string; name: string; passwordHash: string; role: StaffRole; wards: string[]; nationalEditor?: boolean | undefined; mustChangePassword?: boolean | undefined; teamId?: string | null | undefined },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    "insert into staff (login, name, password_hash, role, national_editor, must_change_password, team_id) values ($1, $2, $3, $4, $5, $6, $7) returning id",
    [input.login.trim().toLowerCase(), input.name, input.passwordHash, input.role, input.nationalEditor ?? false, input.mustChangePassword ?? false, input.teamId ?? null],
  );
  if (!row) throw new Error("insert into staff returned no id");
  await setStaffWards(db, row.id, input.wards);
  return row.id;
}

export type StaffColumns = Partial<{ name: string; role: StaffRole; disabled: boolean; nationalEditor: boolean; passwordHash: string; mustChangePassword: boolean }>;

/** Changes the given columns only; absent ones keep their value. */
export async function updateStaffColumns(db: Queryable, id: number, c: StaffColumns, now: Date): Promise<void> {
  await db.query(
    `update staff set name = coalesce($2, name), role = coalesce($3, role), disabled = coalesce($4, disabled),
       national_editor = coalesce($5, national_editor), password_hash = coalesce($6, password_hash),
       must_change_password = coalesce($7, must_change_password), updated_at = $8 where id = $1`,
    [id, c.name ?? null, c.role ?? null, c.disabled ?? null, c.nationalEditor ?? null, c.passwordHash ?? null, c.mustChangePassword ?? null, now],
  );
}

export async function setStaffWards(db: Queryable, staffId: number, wards: string[]): Promise<void> {
  await db.query("delete from staff_wards where staff_id = $1", [staffId]);
  for (const ward of wards) await db.query("insert into staff_wards (staff_id, ward_slug) values ($1, $2)", [staffId, ward]);
}

// ---------------------------------------------------------------------------------------------
// Sessions

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Queryable, staffId: number, now: Date, ttlMs: number) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.query("insert into staff_sessions (token_hash, staff_id, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)", [
    hashToken(token),
    staffId,
    csrfToken,
    now,
    expiresAt,
  ]);
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Queryable, token: string, now: Date): Promise<{ staff: StaffRecord; csrfToken: string; expiresAt: Date } | null> {
  const [row] = await db.query<{ staff_id: number; csrf_token: string; expires_at: Date }>(
    "select staff_id, csrf_token, expires_at from staff_sessions where token_hash = $1 and expires_at > $2",
    [hashToken(token), now],
  );
  if (!row) return null;
  const staff = await findStaffById(db, row.staff_id);
  if (!staff || staff.disabled) return null;
  return { staff, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query("delete from staff_sessions where token_hash = $1", [hashToken(token)]);
}

export async function deleteOtherSessionsOf(db: Queryable, staffId: number, keepToken: string): Promise<void> {
  await db.query("delete from staff_sessions where staff_id = $1 and token_hash <> $2", [staffId, hashToken(keepToken)]);
}

export async function deleteSessionsOf(db: Queryable, staffId: number): Promise<void> {
  await db.query("delete from staff_sessions where staff_id = $1", [staffId]);
}

// ---------------------------------------------------------------------------------------------
// Failed sign-ins, per login and address

export type AttemptCount = { failures: number; lockedUntil: Date | null };

/**
 * Counts this attempt BEFORE its password is checked, in one statement: parallel guesses each get
 * their own number, so the sixth of twenty concurrent guesses is refused without being checked.
 * An expired lock starts the count again.
 */
export async function countAttempt(db: Queryable, login: string, address: string, now: Date): Promise<AttemptCount> {
  const [row] = await db.query<{ failures: number; locked_until: Date | null }>(
    `insert into login_failures (login, address, failures, last_failure_at) values ($1, $2, 1, $3)
     on conflict (login, address) do update set
       failures = case when login_failures.locked_until is not null and login_failures.locked_until <= $3 then 1 else login_failures.failures + 1 end,
       locked_until = case when login_failures.locked_until is not null and login_failures.locked_until <= $3 then null else login_failures.locked_until end,
       last_failure_at = $3
     returning failures, locked_until`,
    [login, address, now],
  );
  return { failures: row?.failures ?? 1, lockedUntil: row?.locked_until ?? null };
}

export async function lockAttempts(db: Queryable, login: string, address: string, until: Date): Promise<void> {
  await db.query("update login_failures set locked_until = $3 where login = $1 and address = $2", [login, address, until]);
}

/** Failures for this login from every address in the window: the login-wide slow-down. */
export async function recentFailuresOfLogin(db: Queryable, login: string, since: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>("select coalesce(sum(failures), 0)::int as n from login_failures where login = $1 and last_failure_at > $2", [login, since]);
  return row?.n ?? 0;
}

export async function clearAttempts(db: Queryable, login: string, address: string): Promise<void> {
  await db.query("delete from login_failures where login = $1 and address = $2", [login, address]);
}

/** Expired sessions and old, unlocked failure counts: nothing kept longer than it is of use. */
export async function purgeStale(db: Queryable, now: Date, failuresOlderThan: Date): Promise<{ sessions: number; failures: number }> {
  const sessions = await db.query("delete from staff_sessions where expires_at <= $1 returning 1", [now]);
  const failures = await db.query("delete from login_failures where last_failure_at < $1 and (locked_until is null or locked_until <= $2) returning 1", [failuresOlderThan, now]);
  return { sessions: sessions.length, failures: failures.length };
}

/** One more ward for a staff member (the national editor who created it); no-op when already theirs. */
export async function addStaffWard(db: Queryable, staffId: number, ward: string): Promise<void> {
  await db.query("insert into staff_wards (staff_id, ward_slug) values ($1, $2) on conflict do nothing", [staffId, ward]);
}
