import type { Database, Queryable } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import type { ManagedArea, ManagedGuide, ManagedProcedure, ManagedTeam, TeamPatch, WardProcedureLocal } from "../../shared/schemas/content-admin";
import type { GuideContent } from "../../shared/schemas/guide";
import type { MemberRole, SupportSession } from "../../shared/schemas/team";
import type { ProcedureField } from "../../shared/schemas/procedure";
import type { Actor } from "./announcement-writes";
import { writeAudit } from "./audit";

const stale = (what: string, version: number | null) =>
  new ApiError(409, "STALE_VERSION", `${what} vừa được người khác sửa (phiên bản ${version ?? "mới"}). Hãy tải lại rồi sửa tiếp. (Stale version.)`);

type ProcRow = { slug: string; name: string; field: ProcedureField; office_id: string | null; note: string | null; popular_rank: number | null; hidden: boolean | null; version: number | null };

const toManagedProcedure = (r: ProcRow): ManagedProcedure => ({
  slug: r.slug,
  name: r.name,
  field: r.field,
  local: { officeId: r.office_id, note: r.note, popularRank: r.popular_rank, hidden: r.hidden ?? false },
  version: r.version,
});

const PROC_SELECT = `select p.slug, p.name, p.field, wp.office_id, wp.note, wp.popular_rank, wp.hidden, wp.version
  from procedures p left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1`;

export async function listManagedProcedures(db: Queryable, ward: string): Promise<ManagedProcedure[]> {
  return (await db.query<ProcRow>(`${PROC_SELECT} order by p.field, p.name`, [ward])).map(toManagedProcedure);
}

type WardProcedureInput = WardProcedureLocal & { version?: number | undefined };

/** Saves the ward's part of a procedure (where to file, a local note, popularity, hidden). */
export async function putWardProcedure(db: Database, ward: string, slug: string, input: WardProcedureInput, actor: Actor, now: Date) {
  return db.transaction((tx) => writeWardProcedure(tx, ward, slug, input, actor, now));
}

/** The save itself, inside the caller's transaction: a confirmation that corrects the ward's part saves it this way too. */
export async function writeWardProcedure(tx: Queryable, ward: string, slug: string, input: WardProcedureInput, actor: Actor, now: Date): Promise<ManagedProcedure> {
  const [current] = await tx.query<ProcRow>(`${PROC_SELECT} where p.slug = $2`, [ward, slug]);
  if (!current) throw notFound(`Thủ tục "${slug}"`);
  if (current.version !== (input.version ?? null)) throw stale("Phần của phường cho thủ tục này", current.version);
  if (input.officeId && (await tx.query("select 1 from ward_offices where id = $1 and ward_slug = $2", [input.officeId, ward])).length === 0) {
    throw new ApiError(422, "UNKNOWN_OFFICE", `Phường không có văn phòng "${input.officeId}". Hãy chọn một văn phòng trong danh sách.`);
  }
  await tx.query(
    `insert into ward_procedures (ward_slug, procedure_slug, office_id, note, popular_rank, hidden, updated_at, version)
     values ($1, $2, $3, $4, $5, $6, $7, 1)
     on conflict (ward_slug, procedure_slug) do update set office_id = $3, note = $4, popular_rank = $5, hidden = $6, updated_at = $7,
       version = ward_procedures.version + 1`,
    [ward, slug, input.officeId, input.note, input.popularRank, input.hidden, now],
  );
  const [after] = await tx.query<ProcRow>(`${PROC_SELECT} where p.slug = $2`, [ward, slug]);
  if (!after) throw new Error("procedure vanished");
  const updated = toManagedProcedure(after);
  await writeAudit(tx, { ward, staff: actor, action: "update", entity: "ward-procedure", entityId: slug, before: toManagedProcedure(current), after: updated, at: now });
  return updated;
}

type TeamRow = { id: string; name: string; meeting_place: string | null; sessions: SupportSession[]; zalo_group_url: string | null; version: number };
type MemberRow = { team_id: string; name: string; role: MemberRole; phone: string | null; phone_public: boolean };

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

/** Team details and its member list (replaced whole, with each member's consent to show the phone). */
export async function updateTeam(db: Database, ward: string, id: string, patch: TeamPatch, actor: Actor, now: Date): Promise<ManagedTeam> {
  return db.transaction(async (tx) => {
    const [before] = await listManagedTeams(tx, ward, id);
    if (!before) throw notFound(`Tổ công nghệ số "${id}"`);
    if (before.version !== patch.version) throw stale("Tổ này", before.version);
    await tx.query(
      `update teams set name = coalesce($3, name),
         meeting_place = case when $4::boolean then $5 else meeting_place end,
         sessions = coalesce($6::jsonb, sessions),
         zalo_group_url = case when $7::boolean then $8 else zalo_group_url end,
         version = version + 1, updated_at = $9
       where ward_slug = $1 and id = $2`,
      [ward, id, patch.name ?? null, patch.meetingPlace !== undefined, patch.meetingPlace ?? null, patch.sessions ? JSON.stringify(patch.sessions) : null, patch.zaloGroupUrl !== undefined, patch.zaloGroupUrl ?? null, now],
    );
    if (patch.members) {
      await tx.query("delete from team_members where team_id = $1", [id]);
      for (const [position, m] of patch.members.entries()) {
        await tx.query("insert into team_members (team_id, name, role, phone, phone_public, position) values ($1, $2, $3, $4, $5, $6)", [
          id,
          m.name,
          m.role,
          m.phone,
          m.phone !== null && m.phonePublic,
          position,
        ]);
      }
    }
    const [after] = await listManagedTeams(tx, ward, id);
    if (!after) throw new Error("team vanished");
    await writeAudit(tx, { ward, staff: actor, action: "update", entity: "team", entityId: id, before, after, at: now });
    return after;
  });
}

// ---------------------------------------------------------------------------------------------
// Residential areas

type AreaRow = { id: string; name: string; former_ward: string | null; former_name: string | null; aliases: string[]; team_id: string | null; version: number };

export async function listManagedAreas(db: Queryable, ward: string): Promise<ManagedArea[]> {
  const rows = await db.query<AreaRow>(
    `select a.id, a.name, a.former_ward, a.former_name, a.aliases, ta.team_id, a.version from residential_areas a
     left join team_areas ta on ta.area_id = a.id where a.ward_slug = $1 order by a.position, a.id`,
    [ward],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, formerWard: r.former_ward, formerName: r.former_name, aliases: r.aliases, teamId: r.team_id, version: r.version }));
}

/** Creates or edits an area, including which team covers it (one team per area). */
export async function putArea(db: Database, ward: string, area: ManagedArea, actor: Actor, now: Date): Promise<ManagedArea> {
  return db.transaction(async (tx) => {
    const before = (await listManagedAreas(tx, ward)).find((a) => a.id === area.id) ?? null;
    const [elsewhere] = await tx.query<{ ward_slug: string }>("select ward_slug from residential_areas where id = $1", [area.id]);
    if (elsewhere && elsewhere.ward_slug !== ward) throw new ApiError(409, "AREA_ID_TAKEN", `Mã "${area.id}" đã dùng cho một tổ dân phố của phường khác. Hãy chọn mã khác.`);
    if ((before?.version ?? null) !== (area.version ?? null)) throw stale("Tổ dân phố này", before?.version ?? null);
    if (area.teamId && (await tx.query("select 1 from teams where id = $1 and ward_slug = $2", [area.teamId, ward])).length === 0) {
      throw new ApiError(422, "UNKNOWN_TEAM", `Phường không có tổ công nghệ số "${area.teamId}".`);
    }
    await tx.query(
      `insert into residential_areas (id, ward_slug, name, former_ward, former_name, aliases, position)
       values ($1, $2, $3, $4, $5, $6, (select coalesce(max(position), 0) + 1 from residential_areas where ward_slug = $2))
       on conflict (id) do update set name = $3, former_ward = $4, former_name = $5, aliases = $6, version = residential_areas.version + 1`,
      [area.id, ward, area.name, area.formerWard, area.formerName, JSON.stringify(area.aliases)],
    );
    await tx.query("delete from team_areas where area_id = $1", [area.id]);
    if (area.teamId) await tx.query("insert into team_areas (team_id, area_id) values ($1, $2)", [area.teamId, area.id]);
    const after = (await listManagedAreas(tx, ward)).find((a) => a.id === area.id);
    if (!after) throw new Error("area vanished");
    await writeAudit(tx, { ward, staff: actor, action: before ? "update" : "create", entity: "area", entityId: area.id, before, after, at: now });
    return after;
  });
}

// ---------------------------------------------------------------------------------------------
// Guides (national content: every ward sees the change)

export async function listManagedGuides(db: Queryable): Promise<ManagedGuide[]> {
  return (await db.query<{ content: GuideContent; version: number }>("select content, version from guides order by topic, slug")).map((r) => ({ content: r.content, version: r.version }));
}

export async function putGuide(db: Database, slug: string, version: number, content: GuideContent, actor: Actor, now: Date): Promise<ManagedGuide> {
  if (content.slug !== slug) throw new ApiError(422, "SLUG_MISMATCH", "Mã (slug) trong nội dung phải trùng với đường dẫn.");
  const stepCount = content.steps.length;
  if (content.troubleshooting.some((t) => t.step !== undefined && t.step > stepCount)) {
    throw new ApiError(422, "BAD_STEP", `Một mục "gặp trục trặc" trỏ tới bước không có (hướng dẫn chỉ có ${stepCount} bước).`);
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ content: GuideContent; version: number }>("select content, version from guides where slug = $1 for update", [slug]);
    if (!current) throw notFound(`Hướng dẫn "${slug}"`);
    if (current.version !== version) throw stale("Hướng dẫn này", current.version);
    await tx.query("update guides set content = $2, title = $3, topic = $4, checked_at = $5, version = version + 1, updated_at = $6 where slug = $1", [
      slug,
      JSON.stringify(content),
      content.title,
      content.topic,
      content.checkedAt,
      now,
    ]);
    await writeAudit(tx, { ward: null, staff: actor, action: "update", entity: "guide", entityId: slug, before: current.content, after: content, at: now });
    return { content, version: version + 1 };
  });
}
