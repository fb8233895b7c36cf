import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "../database";
import type { Ward } from "../../../shared/schemas/ward";
import type { AnnouncementCategory } from "../../../shared/schemas/announcement";
import type { SupportSession } from "../../../shared/schemas/team";
import { excerptOf, renderMarkdown } from "../../lib/markdown";

type DemoWard = Omit<Ward, "updatedAt" | "version"> & {
  /** Where the city channel's details come from (editors only, never served). */
  cityChannelSource?: string;
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

type DemoTeams = {
  areas: { id: string; name: string; formerWard: string | null; formerName: string | null; aliases: string[] }[];
  teams: {
    id: string;
    name: string;
    areaIds: string[];
    meetingPlace: string | null;
    sessions: SupportSession[];
    zaloGroupUrl: string | null;
    foundingDecision: string | null;
    members: { name: string; role: string; phone: string | null; phonePublic: boolean }[];
  }[];
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
  const { areas, teams } = readJson<DemoTeams>("hoa-cuong-teams.json");
  return db.transaction(async (tx) => {
    const existing = await tx.query<{ n: number }>("select count(*)::int as n from wards");
    if ((existing[0]?.n ?? 0) > 0) return { seeded: false };
    await tx.query(
      `insert into wards (slug, name, province, former_units, hotline, zalo_oa_id, city_channel, branding, is_demo, holidays)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (slug) do nothing`,
      [ward.slug, ward.name, ward.province, JSON.stringify(ward.formerUnits), ward.hotline, ward.zaloOaId, ward.cityChannel ? JSON.stringify(ward.cityChannel) : null, JSON.stringify(ward.branding), ward.isDemo, JSON.stringify(ward.holidays)],
    );
    for (const [position, office] of ward.offices.entries()) {
      await tx.query(
        `insert into ward_offices (id, ward_slug, kind, name, address, phone, hours, note, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (ward_slug, id) do nothing`,
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
    for (const [position, area] of areas.entries()) {
      await tx.query(
        `insert into residential_areas (id, ward_slug, name, former_ward, former_name, aliases, position)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
        [area.id, ward.slug, area.name, area.formerWard, area.formerName, JSON.stringify(area.aliases), position],
      );
    }
    for (const [position, team] of teams.entries()) {
      await tx.query(
        `insert into teams (id, ward_slug, name, meeting_place, sessions, zalo_group_url, founding_decision, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
        [team.id, ward.slug, team.name, team.meetingPlace, JSON.stringify(team.sessions), team.zaloGroupUrl, team.foundingDecision, position],
      );
      for (const areaId of team.areaIds) {
        await tx.query("insert into team_areas (team_id, area_id) values ($1, $2) on conflict do nothing", [team.id, areaId]);
      }
      for (const [index, m] of team.members.entries()) {
        await tx.query(
          "insert into team_members (team_id, name, role, phone, phone_public, position) values ($1, $2, $3, $4, $5, $6)",
          [team.id, m.name, m.role, m.phone, m.phonePublic, index],
        );
      }
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
