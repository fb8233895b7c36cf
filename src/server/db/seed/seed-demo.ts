import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "../database";
import type { Ward } from "../../../shared/schemas/ward";
import type { AnnouncementCategory } from "../../../shared/schemas/announcement";
import { excerptOf, renderMarkdown } from "../../lib/markdown";

type DemoWard = Omit<Ward, "updatedAt"> & {
  /** Procedures residents of this ward ask about most, most asked first. */
  popularProcedures: string[];
};
type DemoAnnouncement = {
  key: string;
  title: string;
  category: AnnouncementCategory;
  body: string;
  pinned: boolean;
  /** Hours before seeding; negative = scheduled for the future. Relative so the demo never looks stale. */
  publishHoursAgo: number;
  expireInDays: number | null;
  author: string;
};

const readJson = <T>(name: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(`./demo/${name}`, import.meta.url)), "utf8")) as T;

const HOUR_MS = 3_600_000;

/**
 * Loads the demo ward and its announcements into a database that has no ward yet. It runs in one
 * transaction, so a crash mid-seed leaves nothing half-written, and it does nothing once any ward
 * exists: what staff deleted or edited is never brought back by a restart.
 */
export async function seedDemo(db: Database, now = new Date()): Promise<{ seeded: boolean }> {
  const ward = readJson<DemoWard>("hoa-cuong-ward.json");
  const { announcements } = readJson<{ announcements: DemoAnnouncement[] }>("hoa-cuong-announcements.json");
  return db.transaction(async (tx) => {
    const existing = await tx.query<{ n: number }>("select count(*)::int as n from wards");
    if ((existing[0]?.n ?? 0) > 0) return { seeded: false };
    await tx.query(
      `insert into wards (slug, name, province, former_units, hotline, zalo_oa_id, branding, is_demo)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (slug) do nothing`,
      [ward.slug, ward.name, ward.province, JSON.stringify(ward.formerUnits), ward.hotline, ward.zaloOaId, JSON.stringify(ward.branding), ward.isDemo],
    );
    for (const [position, office] of ward.offices.entries()) {
      await tx.query(
        `insert into ward_offices (id, ward_slug, kind, name, address, phone, hours, note, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (id) do nothing`,
        [office.id, ward.slug, office.kind, office.name, office.address, office.phone, JSON.stringify(office.hours), office.note, position],
      );
    }
    for (const [index, slug] of ward.popularProcedures.entries()) {
      // Only procedures the catalogue has; the catalogue is seeded before the demo ward.
      await tx.query(
        `insert into ward_procedures (ward_slug, procedure_slug, popular_rank)
         select $1, slug, $3 from procedures where slug = $2 on conflict do nothing`,
        [ward.slug, slug, index + 1],
      );
    }
    for (const a of announcements) {
      const publishAt = new Date(now.getTime() - a.publishHoursAgo * HOUR_MS);
      const expireAt = a.expireInDays === null ? null : new Date(now.getTime() + a.expireInDays * 24 * HOUR_MS);
      await tx.query(
        `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, publish_at, expire_at, pinned, author, seed_key, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) on conflict (seed_key) do nothing`,
        [
          ward.slug, a.title, a.body, renderMarkdown(a.body), excerptOf(a.body), a.category,
          a.publishHoursAgo > 0 ? "published" : "scheduled", publishAt, expireAt, a.pinned, a.author, a.key,
          a.publishHoursAgo > 0 ? publishAt : now,
        ],
      );
    }
    return { seeded: true };
  });
}
