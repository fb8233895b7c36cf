import { readFileSync } from "node:fs";
import { loadGuideCatalogue } from "../../src/server/db/seed/catalogue/load-guides";
import { loadProcedureCatalogue } from "../../src/server/db/seed/catalogue/load-procedures";
import type { AnnouncementCategory } from "../../src/shared/schemas/announcement";
import type { Office } from "../../src/shared/schemas/ward";
import type { SiteSearchSources } from "../../src/shared/search/site-search";

// What the search sees for the demo ward, built from the seed files the database is filled from:
// the national catalogue (procedures, guides) and the demo ward's teams, areas, contacts and
// announcements. The relevance test and the benchmark rank over this.

const demo = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../src/server/db/seed/demo/${name}`, import.meta.url), "utf8"));

type DemoTeams = {
  areas: { id: string; name: string; formerWard: string | null; formerName: string | null; aliases: string[] }[];
  teams: { id: string; name: string; areaIds: string[]; meetingPlace: string | null }[];
};
type DemoWard = { hotline: string | null; offices: Office[] };
type DemoAnnouncements = { announcements: { title: string; category: AnnouncementCategory; body: string }[] };

export function seedSources(): SiteSearchSources {
  const { areas, teams } = demo("hoa-cuong-teams.json") as DemoTeams;
  const ward = demo("hoa-cuong-ward.json") as DemoWard;
  const { announcements } = demo("hoa-cuong-announcements.json") as DemoAnnouncements;
  const teamOf = (areaId: string) => teams.find((t) => t.areaIds.includes(areaId))?.id ?? null;
  return {
    procedures: loadProcedureCatalogue(),
    guides: loadGuideCatalogue(),
    announcements: announcements.map((a, i) => ({ id: i + 1, title: a.title, category: a.category, excerpt: a.body.replace(/[*_#>-]/g, "").slice(0, 200) })),
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      meetingPlace: t.meetingPlace,
      areas: areas.filter((a) => t.areaIds.includes(a.id)).map((a) => ({ id: a.id, name: a.name, formerName: a.formerName })),
    })),
    areas: areas.map((a) => ({ ...a, teamId: teamOf(a.id) })),
    contacts: { hotline: ward.hotline, offices: ward.offices, emergency: [{ name: "Công an", number: "113" }, { name: "Cứu hỏa", number: "114" }, { name: "Cấp cứu", number: "115" }] },
  };
}
