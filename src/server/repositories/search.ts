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
import { loadSearchTerms } from "./search-terms";

// National numbers every resident should have at hand (the same list the contacts route gives).
export const EMERGENCY_NUMBERS = [
  { name: "Công an", number: "113" },
  { name: "Cứu hỏa", number: "114" },
  { name: "Cấp cứu", number: "115" },
];
/** Enough for the announcements a resident may still look for; older ones are on the list screen. */
const ANNOUNCEMENTS_SEARCHED = 50;

// Building the search reads six lists and indexes them: about ten times the cost of a search. It is
// kept per database and ward for a second, like the public micro-cache: a burst of residents costs
// one build, and an edit shows within a second. The procedures and the ward's offices are checked
// at every request (both are read anyway); the ward's search terms drop it at once when saved.
const MAX_AGE_MS = 1_000;
type Cached = { key: string; builtAt: number; search: Promise<SiteSearch> };
const cache = new WeakMap<Queryable, Map<string, Cached>>();

/** The ward's search, built once and shared for a moment. */
export async function wardSearch(db: Queryable, ward: Ward, now: Date): Promise<SiteSearch> {
  let perWard = cache.get(db);
  if (!perWard) cache.set(db, (perWard = new Map()));
  const procedures = await loadWardProcedures(db, ward.slug, ward.offices);
  const key = `${ward.updatedAt}|${procedureGeneration(procedures)}`;
  const cached = perWard.get(ward.slug);
  // Real time, not the app's clock: tests move that clock, and the age is about CPU, not schedules.
  if (cached && cached.key === key && Date.now() - cached.builtAt < MAX_AGE_MS) return cached.search;
  const entry: Cached = { key, builtAt: Date.now(), search: buildWardSearch(db, ward, now) };
  perWard.set(ward.slug, entry);
  entry.search.catch(() => {
    if (perWard?.get(ward.slug) === entry) perWard.delete(ward.slug);
  });
  return entry.search;
}

/** After a write the residents must see at once (the ward's own search terms). */
export function forgetWardSearch(db: Queryable, ward: string): void {
  cache.get(db)?.delete(ward);
}

/** After any committed write (service-context.ts): which ward it touched does not matter here. */
export function forgetAllWardSearches(db: Queryable): void {
  cache.get(db)?.clear();
}

// loadWardProcedures hands out the same object until the catalogue changes: its identity is the key.
const generations = new WeakMap<object, number>();
let nextGeneration = 1;
function procedureGeneration(procedures: object): number {
  let generation = generations.get(procedures);
  if (generation === undefined) generations.set(procedures, (generation = nextGeneration++));
  return generation;
}

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
  const text = query.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim().replace(/\d{4,}/g, "#").slice(0, MAX_MISS_CHARS); // a phone or ID number typed into the box is never kept
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
