import type { Queryable } from "../db/database";
import type { Office, Ward, WardSummary } from "../../shared/schemas/ward";
import { notFound } from "../lib/api-error";

type WardRow = {
  slug: string;
  name: string;
  province: string;
  is_demo: boolean;
  former_units: Ward["formerUnits"];
  hotline: string | null;
  zalo_oa_id: string | null;
  city_channel: Ward["cityChannel"];
  branding: Ward["branding"];
  holidays: Ward["holidays"];
  updated_at: Date;
  version: number;
  review_period_days: number;
};

export async function listWards(db: Queryable): Promise<WardSummary[]> {
  const rows = await db.query<WardRow>("select slug, name, province, is_demo from wards order by name");
  return rows.map((r) => ({ slug: r.slug, name: r.name, province: r.province, isDemo: r.is_demo }));
}

export async function wardExists(db: Queryable, slug: string): Promise<boolean> {
  return (await db.query("select 1 from wards where slug = $1", [slug])).length > 0;
}

export async function findWard(db: Queryable, slug: string): Promise<Ward | null> {
  const [row] = await db.query<WardRow>("select * from wards where slug = $1", [slug]);
  if (!row) return null;
  const offices = await db.query<Office>(
    "select id, kind, name, address, phone, hours, note from ward_offices where ward_slug = $1 order by position, id",
    [slug],
  );
  return {
    slug: row.slug,
    name: row.name,
    province: row.province,
    isDemo: row.is_demo,
    formerUnits: row.former_units,
    hotline: row.hotline,
    zaloOaId: row.zalo_oa_id,
    cityChannel: row.city_channel,
    branding: row.branding,
    offices,
    reviewPeriodDays: row.review_period_days,
    holidays: [...row.holidays].sort((a, b) => a.date.localeCompare(b.date)),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** The ward, or the 404 every ward-scoped route answers for an unknown one. */
export async function requireWard(db: Queryable, slug: string): Promise<Ward> {
  const ward = await findWard(db, slug);
  if (!ward) throw notFound(`Phường "${slug}"`);
  return ward;
}

/** Which of these slugs are wards. */
export async function existingWards(db: Queryable, slugs: string[]): Promise<string[]> {
  return (await db.query<{ slug: string }>("select slug from wards where slug = any($1::text[])", [slugs])).map((r) => r.slug);
}
