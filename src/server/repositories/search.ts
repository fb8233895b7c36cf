import type { Queryable } from "../db/database";
import type { GuideContent } from "../../shared/schemas/guide";
import type { Ward } from "../../shared/schemas/ward";
import type { SearchMisses } from "../../shared/schemas/search";
import { normalizeText } from "../../shared/search/normalize";
import { createSiteSearch, type SiteSearch } from "../../shared/search/site-search";
import { withWardTerms } from "../../shared/search/synonyms";
import { listVisibleAnnouncements } from "./announcements";
import { loadWardProcedures } from "./procedures";
import { listAreas, listTeams } from "./teams";
import { loadSearchTerms } from "../services/search-terms";

// National numbers every resident should have at hand (the same list the contacts route gives).
export const EMERGENCY_NUMBERS = [
  { name: "Công an", number: "113" },
  { name: "Cứu hỏa", number: "114" },
  { name: "Cấp cứu", number: "115" },
];
/** Enough for the announcements a resident may still look for; older ones are on the list screen. */
const ANNOUNCEMENTS_SEARCHED = 50;

/** The site search over everything the ward's app shows, with the ward's own search terms. */
export async function buildWardSearch(db: Queryable, ward: Ward, now: Date): Promise<SiteSearch> {
  const [procedures, guides, announcements, teams, areas, terms] = await Promise.all([
    loadWardProcedures(db, ward.slug, ward.offices),
    db.query<{ content: GuideContent }>("select content from guides order by slug"),
    listVisibleAnnouncements(db, ward.slug, { limit: ANNOUNCEMENTS_SEARCHED }, now),
    listTeams(db, ward.slug),
    listAreas(db, ward.slug),
    loadSearchTerms(db, ward.slug),
  ]);
  return createSiteSearch(
    {
      procedures: procedures.items,
      guides: guides.map((g) => g.content),
      announcements: announcements.items,
      teams,
      areas,
      contacts: { hotline: ward.hotline, offices: ward.offices, emergency: EMERGENCY_NUMBERS },
    },
    withWardTerms(terms.entries),
  );
}

const MAX_MISS_CHARS = 200;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** The ward's calendar day (Vietnam has no daylight saving): a miss at 23:30 belongs to that evening. */
const wardDay = (now: Date) => new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Counts a search that found nothing: the query text only, lower-cased with its spaces tidied (so
 * "Giấy đi đường" and "giấy  đi đường" are one line), per ward and day. Nothing about who asked.
 */
export async function recordSearchMiss(db: Queryable, ward: string, query: string, now: Date): Promise<void> {
  const text = query.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim().slice(0, MAX_MISS_CHARS);
  if (normalizeText(text).replace(/[^a-z0-9]/g, "") === "") return;
  await db.query(
    `insert into search_misses (ward_slug, day, query, count) values ($1, $2, $3, 1)
     on conflict (ward_slug, day, query) do update set count = search_misses.count + 1`,
    [ward, wardDay(now), text],
  );
}

export async function listSearchMisses(db: Queryable, ward: string, days: number, now: Date): Promise<SearchMisses["items"]> {
  const from = wardDay(new Date(now.getTime() - (days - 1) * 24 * 60 * 60 * 1000));
  const rows = await db.query<{ day: string; query: string; count: number }>(
    `select to_char(day, 'YYYY-MM-DD') as day, query, count from search_misses
     where ward_slug = $1 and day >= $2::date order by day desc, count desc, query limit 500`,
    [ward, from],
  );
  return rows.map((r) => ({ day: r.day, query: r.query, count: Number(r.count) }));
}
