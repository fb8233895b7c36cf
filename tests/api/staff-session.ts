import type { FastifyInstance, InjectOptions } from "fastify";
import type { Database } from "../../src/server/db/database";
import { addStaff } from "../../src/server/services/staff-accounts";
import type { Session } from "../../src/shared/schemas/staff";

export type SignedIn = { cookie: string; csrf: string; login: string };

export const PASSWORD = "mat-khau-thu-nghiem-2026";

/** Creates the accounts a test needs: an admin and an editor of hoa-cuong, an editor of another ward. */
export async function createStaffFixtures(db: Database) {
  await db.query(
    "insert into wards (slug, name, province, branding) values ('hai-chau', 'Phường Hải Châu', 'Thành phố Đà Nẵng', $1) on conflict do nothing",
    [JSON.stringify({ title: "Hải Châu", color: "#0b5cab", logoUrl: null })],
  );
  await addStaff(db, { login: "admin-hc", name: "Quản trị Hòa Cường", role: "admin", wards: ["hoa-cuong"], password: PASSWORD });
  await addStaff(db, { login: "editor-hc", name: "Biên tập Hòa Cường", role: "editor", wards: ["hoa-cuong"], password: PASSWORD });
  await addStaff(db, { login: "editor-other", name: "Biên tập Hải Châu", role: "editor", wards: ["hai-chau"], password: PASSWORD });
}

export async function signIn(app: FastifyInstance, login: string, password = PASSWORD): Promise<SignedIn> {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} answered ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "cds_session");
  if (!cookie) throw new Error("no session cookie");
  return { cookie: `cds_session=${cookie.value}`, csrf: res.json<Session>().csrfToken, login };
}

/** An inject with the staff member's cookie and CSRF header (or none, for anonymous). */
export function as(app: FastifyInstance, who: SignedIn | null, options: InjectOptions) {
  return app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(who ? { cookie: who.cookie, "x-csrf-token": who.csrf } : {}) } });
}

/**
 * On top of createStaffFixtures: a national editor (guides and the national catalogue, every ward's
 * staff), an editor of both wards, and an admin of the other ward.
 */
export async function createNationalFixtures(db: Database) {
  await addStaff(db, { login: "national", name: "Biên tập toàn quốc", role: "editor", wards: ["hoa-cuong"], nationalEditor: true, password: PASSWORD });
  await addStaff(db, { login: "editor-both", name: "Biên tập hai phường", role: "editor", wards: ["hai-chau", "hoa-cuong"], password: PASSWORD });
  await addStaff(db, { login: "admin-other", name: "Quản trị Hải Châu", role: "admin", wards: ["hai-chau"], password: PASSWORD });
}
