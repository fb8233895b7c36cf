import type { Queryable } from "../db/database";
import type { ManagedMember, ManagedTeam, TeamPatch } from "../../shared/schemas/content-admin";
import type { MemberRole, SupportSession } from "../../shared/schemas/team";

type TeamRow = { id: string; name: string; meeting_place: string | null; sessions: SupportSession[]; zalo_group_url: string | null; version: number };
type MemberRow = { team_id: string; name: string; role: MemberRole; phone: string | null; phone_public: boolean };

/** Teams as staff see them: every member's phone and whether its owner agreed to show it. */
export async function listManagedTeams(db: Queryable, ward: string, id?: string): Promise<ManagedTeam[]> {
  const teams = await db.query<TeamRow>(`select id, name, meeting_place, sessions, zalo_group_url, version from teams where ward_slug = $1 ${id ? "and id = $2" : ""} order by position, id`, id ? [ward, id] : [ward]);
  const members = await db.query<MemberRow>(
    "select m.team_id, m.name, m.role, m.phone, m.phone_public from team_members m join teams t on t.id = m.team_id where t.ward_slug = $1 order by m.position, m.id",
    [ward],
  );
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    meetingPlace: t.meeting_place,
    sessions: t.sessions,
    zaloGroupUrl: t.zalo_group_url,
    version: t.version,
    members: members.filter((m) => m.team_id === t.id).map((m) => ({ name: m.name, role: m.role, phone: m.phone, phonePublic: m.phone_public })),
  }));
}

export async function updateTeamColumns(db: Queryable, ward: string, id: string, patch: Omit<TeamPatch, "members" | "version">, now: Date): Promise<void> {
  await db.query(
    `update teams set name = coalesce($3, name),
       meeting_place = case when $4::boolean then $5 else meeting_place end,
       sessions = coalesce($6::jsonb, sessions),
       zalo_group_url = case when $7::boolean then $8 else zalo_group_url end,
       version = version + 1, updated_at = $9
     where ward_slug = $1 and id = $2`,
    [ward, id, patch.name ?? null, patch.meetingPlace !== undefined, patch.meetingPlace ?? null, patch.sessions ? JSON.stringify(patch.sessions) : null, patch.zaloGroupUrl !== undefined, patch.zaloGroupUrl ?? null, now],
  );
}

/** The member list is replaced whole; a phone is public only with its owner's consent. */
export async function replaceMembers(db: Queryable, teamId: string, members: ManagedMember[]): Promise<void> {
  await db.query("delete from team_members where team_id = $1", [teamId]);
  for (const [position, m] of members.entries()) {
    await db.query("insert into team_members (team_id, name, role, phone, phone_public, position) values ($1, $2, $3, $4, $5, $6)", [
      teamId,
      m.name,
      m.role,
      m.phone,
      m.phone !== null && m.phonePublic,
      position,
    ]);
  }
}

export async function teamInWard(db: Queryable, ward: string, teamId: string): Promise<boolean> {
  return (await db.query("select 1 from teams where id = $1 and ward_slug = $2", [teamId, ward])).length > 0;
}

/** Which tổ dân phố each of a ward's teams looks after. */
export async function teamAreaIds(db: Queryable, ward: string): Promise<Map<string, string[]>> {
  const rows = await db.query<{ team_id: string; area_id: string }>(
    "select ta.team_id, ta.area_id from team_areas ta join teams t on t.id = ta.team_id where t.ward_slug = $1 order by ta.team_id, ta.area_id",
    [ward],
  );
  const byTeam = new Map<string, string[]>();
  for (const r of rows) byTeam.set(r.team_id, [...(byTeam.get(r.team_id) ?? []), r.area_id]);
  return byTeam;
}

/** Team ids already used anywhere (ids are unique across wards). */
export async function takenTeamIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>("select id from teams where id = any($1::text[])", [ids]);
  return new Set(rows.map((r) => r.id));
}

export type NewTeam = { id: string; name: string; meetingPlace: string | null; sessions: SupportSession[] };

/** New teams go after the ward's existing ones, in the order given. */
export async function insertTeams(db: Queryable, ward: string, teams: NewTeam[], now: Date): Promise<void> {
  if (!teams.length) return;
  await db.query(
    `insert into teams (id, ward_slug, name, meeting_place, sessions, position, updated_at)
     select t.id, $1, t.name, t.meeting_place, t.sessions::jsonb, (select coalesce(max(position), -1) from teams where ward_slug = $1) + t.n, $6
     from unnest($2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as t(id, name, meeting_place, sessions, n)`,
    [ward, teams.map((t) => t.id), teams.map((t) => t.name), teams.map((t) => t.meetingPlace), teams.map((t) => JSON.stringify(t.sessions)), now],
  );
}

/** A team looks after exactly these areas; an area has one team, so it leaves any other team. */
export async function setTeamAreas(db: Queryable, teamId: string, areaIds: string[]): Promise<void> {
  await db.query("delete from team_areas where team_id = $1 or area_id = any($2::text[])", [teamId, areaIds]);
  if (areaIds.length) await db.query("insert into team_areas (team_id, area_id) select $1, unnest($2::text[])", [teamId, areaIds]);
}
