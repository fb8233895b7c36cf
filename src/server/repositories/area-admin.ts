import type { Queryable } from "../db/database";
import type { ManagedArea } from "../../shared/schemas/content-admin";

type AreaRow = { id: string; name: string; former_ward: string | null; former_name: string | null; aliases: string[]; team_id: string | null; version: number };

export async function listManagedAreas(db: Queryable, ward: string, id?: string): Promise<ManagedArea[]> {
  const rows = await db.query<AreaRow>(
    `select a.id, a.name, a.former_ward, a.former_name, a.aliases, ta.team_id, a.version from residential_areas a
     left join team_areas ta on ta.area_id = a.id where a.ward_slug = $1 ${id ? "and a.id = $2" : ""} order by a.position, a.id`,
    id ? [ward, id] : [ward],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, formerWard: r.former_ward, formerName: r.former_name, aliases: r.aliases, teamId: r.team_id, version: r.version }));
}

/** Area ids are global: the ward that holds `id`, if any. */
export async function wardOfArea(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ ward_slug: string }>("select ward_slug from residential_areas where id = $1", [id]);
  return row?.ward_slug ?? null;
}

export async function upsertArea(db: Queryable, ward: string, area: ManagedArea): Promise<void> {
  await db.query(
    `insert into residential_areas (id, ward_slug, name, former_ward, former_name, aliases, position)
     values ($1, $2, $3, $4, $5, $6, (select coalesce(max(position), 0) + 1 from residential_areas where ward_slug = $2))
     on conflict (id) do update set name = $3, former_ward = $4, former_name = $5, aliases = $6, version = residential_areas.version + 1`,
    [area.id, ward, area.name, area.formerWard, area.formerName, JSON.stringify(area.aliases)],
  );
  // One team per area.
  await db.query("delete from team_areas where area_id = $1", [area.id]);
  if (area.teamId) await db.query("insert into team_areas (team_id, area_id) values ($1, $2)", [area.teamId, area.id]);
}
