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
