import type { Queryable } from "../db/database";
import type { Area, Member, MemberRole, SupportSession, Team, TeamSummary } from "../../shared/schemas/team";

type AreaRow = { id: string; name: string; former_ward: string | null; former_name: string | null; aliases: string[]; streets: string[]; team_id: string | null };
type TeamRow = {
  id: string;
  ward_slug: string;
  name: string;
  meeting_place: string | null;
  sessions: SupportSession[];
  zalo_group_url: string | null;
  founding_decision: string | null;
};
type MemberRow = { team_id: string; name: string; role: MemberRole; phone: string | null; phone_public: boolean };
type TeamAreaRow = { team_id: string; id: string; name: string; former_name: string | null };

export async function listAreas(db: Queryable, ward: string): Promise<Area[]> {
  const rows = await db.query<AreaRow>(
    `select a.id, a.name, a.former_ward, a.former_name, a.aliases, a.streets, ta.team_id
     from residential_areas a left join team_areas ta on ta.area_id = a.id
     where a.ward_slug = $1 order by a.position, a.id`,
    [ward],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, formerWard: r.former_ward, formerName: r.former_name, aliases: r.aliases, streets: r.streets, teamId: r.team_id }));
}

// The one place a member's phone leaves the database: only with their consent.
const toMember = (m: MemberRow): Member => ({ name: m.name, role: m.role, phone: m.phone_public ? m.phone : null });

async function loadTeams(db: Queryable, ward: string, teamId?: string) {
  const filter = teamId ? "and t.id = $2" : "";
  const params = teamId ? [ward, teamId] : [ward];
  const teams = await db.query<TeamRow>(`select t.* from teams t where t.ward_slug = $1 ${filter} order by t.position, t.id`, params);
  const areas = await db.query<TeamAreaRow>(
    `select ta.team_id, a.id, a.name, a.former_name from team_areas ta join residential_areas a on a.id = ta.area_id
     join teams t on t.id = ta.team_id where t.ward_slug = $1 ${filter} order by a.position`,
    params,
  );
  const members = await db.query<MemberRow>(
    `select m.team_id, m.name, m.role, m.phone, m.phone_public from team_members m
     join teams t on t.id = m.team_id where t.ward_slug = $1 ${filter} order by m.position, m.id`,
    params,
  );
  return teams.map((t) => ({
    row: t,
    areas: areas.filter((a) => a.team_id === t.id).map((a) => ({ id: a.id, name: a.name, formerName: a.former_name })),
    members: members.filter((m) => m.team_id === t.id).map(toMember),
  }));
}

const base = (t: TeamRow, areas: TeamSummary["areas"]) => ({
  id: t.id,
  ward: t.ward_slug,
  name: t.name,
  areas,
  meetingPlace: t.meeting_place,
  sessions: t.sessions,
  zaloGroupUrl: t.zalo_group_url,
});

export async function listTeams(db: Queryable, ward: string): Promise<TeamSummary[]> {
  return (await loadTeams(db, ward)).map(({ row, areas, members }) => ({
    ...base(row, areas),
    memberCount: members.length,
    leader: members.find((m) => m.role === "to-truong") ?? null,
  }));
}

export async function findTeam(db: Queryable, ward: string, id: string, isDemo: boolean): Promise<Team | null> {
  const [team] = await loadTeams(db, ward, id);
  if (!team) return null;
  return { ...base(team.row, team.areas), foundingDecision: team.row.founding_decision, members: team.members, isDemo };
}

/** The ward a team belongs to, as a list (empty when there is no such team). */
export async function teamWards(db: Queryable, teamId: string): Promise<string[]> {
  const rows = await db.query<{ ward_slug: string }>("select ward_slug from teams where id = $1", [teamId]);
  return rows.map((r) => r.ward_slug);
}
