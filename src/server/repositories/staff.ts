import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../db/database";
import type { StaffRole, StaffMember } from "../../shared/schemas/staff";

type StaffRow = { id: number; login: string; name: string; password_hash: string; role: StaffRole; disabled: boolean; wards: string[] | null };

const STAFF_SELECT = `select s.id, s.login, s.name, s.password_hash, s.role, s.disabled,
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

export async function listStaffOfWards(db: Queryable, wards: string[]): Promise<StaffMember[]> {
  const rows = await db.query<StaffRow>(
    `${STAFF_SELECT} where exists (select 1 from staff_wards w where w.staff_id = s.id and w.ward_slug = any($1::text[])) order by s.login`,
    [wards],
  );
  return rows.map((r) => publicStaff(toRecord(r)));
}

export async function countStaff(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>("select count(*)::int as n from staff"))[0]?.n ?? 0;
}

export async function insertStaff(
  db: Queryable,
  input: { login: string; name: string; passwordHash: string; role: StaffRole; wards: string[] },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    "insert into staff (login, name, password_hash, role) values ($1, $2, $3, $4) returning id",
    [input.login.trim().toLowerCase(), input.name, input.passwordHash, input.role],
  );
  if (!row) throw new Error("insert into staff returned no id");
  await setStaffWards(db, row.id, input.wards);
  return row.id;
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

export async function deleteSessionsOf(db: Queryable, staffId: number): Promise<void> {
  await db.query("delete from staff_sessions where staff_id = $1", [staffId]);
}

// ---------------------------------------------------------------------------------------------
// Failed sign-ins

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export async function lockedUntil(db: Queryable, login: string, now: Date): Promise<Date | null> {
  const [row] = await db.query<{ locked_until: Date | null }>("select locked_until from login_failures where login = $1", [login]);
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

/** Counts a failure; the MAX_FAILURES-th locks the login for LOCK_MINUTES. Returns the count. */
export async function recordFailure(db: Queryable, login: string, now: Date): Promise<number> {
  const [row] = await db.query<{ failures: number }>(
    `insert into login_failures (login, failures, last_failure_at) values ($1, 1, $2)
     on conflict (login) do update set
       failures = case when login_failures.locked_until is not null and login_failures.locked_until <= $2 then 1 else login_failures.failures + 1 end,
       locked_until = case when login_failures.locked_until is not null and login_failures.locked_until <= $2 then null else login_failures.locked_until end,
       last_failure_at = $2
     returning failures`,
    [login, now],
  );
  const failures = row?.failures ?? 1;
  if (failures >= MAX_FAILURES) {
    await db.query("update login_failures set locked_until = $2 where login = $1", [login, new Date(now.getTime() + LOCK_MINUTES * 60_000)]);
  }
  return failures;
}

export async function clearFailures(db: Queryable, login: string): Promise<void> {
  await db.query("delete from login_failures where login = $1", [login]);
}
