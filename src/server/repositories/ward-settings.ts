import type { Queryable } from "../db/database";
import type { CityChannel, Holiday, Office } from "../../shared/schemas/ward";

/** `set` maps column names (chosen by the service, never by the caller) to values. */
export async function updateWardColumns(db: Queryable, slug: string, set: Record<string, unknown>, now: Date): Promise<void> {
  const columns = Object.keys(set);
  await db.query(
    `update wards set ${columns.map((c, i) => `${c} = $${i + 3}, `).join("")}version = version + 1, updated_at = $2 where slug = $1`,
    [slug, now, ...columns.map((c) => set[c])],
  );
}

/** The ward's offices, replaced as a whole list; ids are the ward's own. */
export async function replaceOffices(db: Queryable, slug: string, offices: Office[]): Promise<void> {
  await db.query("delete from ward_offices where ward_slug = $1 and not (id = any($2::text[]))", [slug, offices.map((o) => o.id)]);
  for (const [position, o] of offices.entries()) {
    await db.query(
      `insert into ward_offices (id, ward_slug, kind, name, address, phone, hours, note, position) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (ward_slug, id) do update set kind = $3, name = $4, address = $5, phone = $6, hours = $7, note = $8, position = $9`,
      [o.id, slug, o.kind, o.name, o.address, o.phone, JSON.stringify(o.hours), o.note, position],
    );
  }
}

export type WardInsert = {
  slug: string;
  name: string;
  province: string;
  hotline: string | null;
  formerUnits: { name: string; note: string | null }[];
  zaloOaId: string | null;
  cityChannel: CityChannel | null;
  holidays: Holiday[];
  branding: { title: string; color: string; logoUrl: string | null };
};

/** A new ward row; false when the slug is taken (the caller says so, nothing is changed). */
export async function insertWard(db: Queryable, ward: WardInsert, now: Date): Promise<boolean> {
  const rows = await db.query(
    `insert into wards (slug, name, province, hotline, branding, former_units, zalo_oa_id, city_channel, holidays, is_demo, created_at, updated_at) values ($1, $2, $3, $4, $5, $7, $8, $9, $10, false, $6, $6)
     on conflict (slug) do nothing returning slug`,
    [ward.slug, ward.name, ward.province, ward.hotline, JSON.stringify(ward.branding), now, JSON.stringify(ward.formerUnits), ward.zaloOaId, ward.cityChannel === null ? null : JSON.stringify(ward.cityChannel), JSON.stringify(ward.holidays)],
  );
  return rows.length > 0;
}
