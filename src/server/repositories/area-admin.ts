import type { Queryable } from "../db/database";
import type { ManagedArea } from "../../shared/schemas/content-admin";

type AreaRow = { id: string; name: string; former_ward: string | null; former_name: string | null; aliases: string[]; streets: string[]; team_id: string | null; version: number };

export async function listManagedAreas(db: Queryable, ward: string, id?: string): Promise<ManagedArea[]> {
  const rows = await db.query<AreaRow>(
    `select a.id, a.name, a.former_ward, a.former_name, a.aliases, a.streets, ta.team_id, a.version from residential_areas a
     left join team_areas ta on ta.area_id = a.id where a.ward_slug = $1 ${id ? "and a.id = $2" : ""} order by a.position, a.id`,
    id ? [ward, id] : [ward],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, formerWard: r.former_ward, formerName: r.former_name, aliases: r.aliases, streets: r.streets, teamId: r.team_id, version: r.version }));
}

/** Area ids are global: the ward that holds `id`, if any. */
export async function wardOfArea(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ ward_slug: string }>("select ward_slug from residential_areas where id = $1", [id]);
  return row?.ward_slug ?? null;
}

/** Which ward holds each of these area ids (ids are global), for many at once. */
export async function areaOwners(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; ward_slug: string }>("select id, ward_slug from residential_areas where id = any($1::text[])", [ids]);
  return new Map(rows.map((r) => [r.id, r.ward_slug]));
}

export async function upsertArea(db: Queryable, ward: string, area: ManagedArea): Promise<void> {
  await db.query(
    `insert into residential_areas (id, ward_slug, name, former_ward, former_name, aliases, streets, position)
     values ($1, $2, $3, $4, $5, $6, $7, (select coalesce(max(position), 0) + 1 from residential_areas where ward_slug = $2))
     on conflict (id) do update set name = $3, former_ward = $4, former_name = $5, aliases = $6, streets = $7, version = residential_areas.version + 1`,
    [area.id, ward, area.name, area.formerWard, area.formerName, JSON.stringify(area.aliases), JSON.stringify(area.streets)],
  );
  // One team per area.
  await db.query("delete from team_areas where area_id = $1", [area.id]);
  if (area.teamId) await db.query("insert into team_areas (team_id, area_id) values ($1, $2)", [area.teamId, area.id]);
}

/**
 * Many areas at once (a spreadsheet import): one statement for the rows and two for their teams, so
 * a 5,000-row file takes seconds. New areas go after the ward's last one, in the file's order.
 */
export async function upsertAreas(db: Queryable, ward: string, areas: ManagedArea[]): Promise<void> {
  if (areas.length === 0) return;
  await db.query(
    `insert into residential_areas (id, ward_slug, name, former_ward, former_name, aliases, streets, position)
     select a.id, $1, a.name, a.former_ward, a.former_name, a.aliases::jsonb, a.streets::jsonb, (select coalesce(max(position), 0) from residential_areas where ward_slug = $1) + a.n
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) with ordinality as a (id, name, former_ward, former_name, aliases, streets, n)
     on conflict (id) do update set name = excluded.name, former_ward = excluded.former_ward, former_name = excluded.former_name, aliases = excluded.aliases,
       streets = excluded.streets, version = residential_areas.version + 1`,
    [ward, areas.map((a) => a.id), areas.map((a) => a.name), areas.map((a) => a.formerWard), areas.map((a) => a.formerName), areas.map((a) => JSON.stringify(a.aliases)), areas.map((a) => JSON.stringify(a.streets))],
  );
  await db.query("delete from team_areas where area_id = any($1::text[])", [areas.map((a) => a.id)]);
  const covered = areas.filter((a) => a.teamId !== null);
  if (covered.length > 0) {
    await db.query("insert into team_areas (team_id, area_id) select * from unnest($1::text[], $2::text[])", [covered.map((a) => a.teamId), covered.map((a) => a.id)]);
  }
}
