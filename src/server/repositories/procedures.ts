import type { Queryable } from "../db/database";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { publicProcedure, type ProcedureContent, type ProcedureField } from "../../shared/schemas/procedure";
import type { ProcedureDetail, ProcedurePage, ProcedureSummary } from "../../shared/schemas/procedure-api";
import type { Office } from "../../shared/schemas/ward";
import { createProcedureSearch, type ProcedureSearch } from "../../shared/search/procedure-search";

type Row = {
  content: ProcedureContent;
  updated_at: Date;
  office_id: string | null;
  note: string | null;
  popular_rank: number | null;
};

/** Every procedure a ward offers, with what is costly to derive from them kept alongside. */
export type WardProcedures = {
  readonly items: readonly ProcedureDetail[];
  /** Built on first use: the search index costs more than a search. */
  search(): ProcedureSearch;
  /** The order residents browse in (most asked, then by name), sorted on first use. */
  browseOrder(): readonly ProcedureDetail[];
  bySlug(): ReadonlyMap<string, ProcedureDetail>;
};

const SELECT_WARD_PROCEDURES = `select p.content, greatest(p.updated_at, coalesce(wp.updated_at, p.updated_at)) as updated_at,
            wp.office_id, wp.note, wp.popular_rank
     from procedures p
     left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1
     where coalesce(wp.hidden, false) = false`;

const toDetail = (r: Row, offices: Office[]): ProcedureDetail => ({
  ...publicProcedure(r.content),
  ward: { office: officeFor(r.content, r.office_id, offices), note: r.note, popularRank: r.popular_rank },
  updatedAt: r.updated_at.toISOString(),
});

/** The office chosen by the ward, else the ward police for police procedures, else the People's Committee. */
function officeFor(p: ProcedureContent, officeId: string | null, offices: Office[]): Office | null {
  const chosen = officeId ? offices.find((o) => o.id === officeId) : undefined;
  if (chosen) return chosen;
  const kind = p.handledBy === "cong-an" ? "police" : "people-committee";
  return offices.find((o) => o.kind === kind) ?? null;
}

/** One procedure of the ward (national content with the ward's part merged in): one row read. */
export async function findWardProcedure(db: Queryable, ward: string, offices: Office[], slug: string): Promise<ProcedureDetail | null> {
  const [row] = await db.query<Row>(`${SELECT_WARD_PROCEDURES} and p.slug = $2`, [ward, slug]);
  return row ? toDetail(row, offices) : null;
}

type CacheEntry = { revision: string; officesKey: string; procedures: Promise<WardProcedures> };

// Reading and parsing every procedure on each request made the list, the search and the catalogue
// cost as much as the whole catalogue. Each ward's procedures are kept in memory instead, per
// database (tests open many), and checked against procedure_revision (migration 0008), which
// triggers bump on any change to procedures or ward_procedures: one primary-key read per request.
const caches = new WeakMap<Queryable, Map<string, CacheEntry>>();

/** Every procedure the ward offers, national content with the ward's part merged in. */
export async function loadWardProcedures(db: Queryable, ward: string, offices: Office[]): Promise<WardProcedures> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  // Read before the rows: a change committed in between makes the next request reload, never serves stale rows.
  const [current] = await db.query<{ revision: string }>("select revision::text as revision from procedure_revision");
  const revision = current?.revision ?? "";
  // The office shown comes from the ward's offices, which a ward edit changes without touching procedures.
  const officesKey = JSON.stringify(offices);
  const cached = cache.get(ward);
  if (cached && cached.revision === revision && cached.officesKey === officesKey) return cached.procedures;

  // Concurrent requests after a change share one load instead of each reading the whole catalogue.
  const procedures = db.query<Row>(SELECT_WARD_PROCEDURES, [ward]).then((rows) => wardProcedures(rows.map((r) => toDetail(r, offices))));
  const entry = { revision, officesKey, procedures };
  cache.set(ward, entry);
  procedures.catch(() => {
    if (cache.get(ward) === entry) cache.delete(ward);
  });
  return procedures;
}

function wardProcedures(items: readonly ProcedureDetail[]): WardProcedures {
  let search: ProcedureSearch | undefined;
  let browseOrder: readonly ProcedureDetail[] | undefined;
  let bySlug: ReadonlyMap<string, ProcedureDetail> | undefined;
  return {
    items,
    search: () => (search ??= createProcedureSearch(items)),
    browseOrder: () => (browseOrder ??= [...items].sort(byPopularityThenName)),
    bySlug: () => (bySlug ??= new Map(items.map((p) => [p.slug, p]))),
  };
}

const byPopularityThenName = (a: ProcedureDetail, b: ProcedureDetail) =>
  (a.ward.popularRank ?? Number.MAX_SAFE_INTEGER) - (b.ward.popularRank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, "vi");

const toSummary = (p: ProcedureDetail, matchedTerms: string[] = []): ProcedureSummary => ({
  code: p.code,
  slug: p.slug,
  name: p.name,
  field: p.field,
  summary: p.summary,
  onlineLevel: p.onlineLevel,
  handledBy: p.handledBy,
  popularRank: p.ward.popularRank,
  matchedTerms,
});

type OffsetKey = [offset: number];
// No catalogue comes near a million procedures; a bigger offset is a forged cursor.
const isOffsetKey = (parts: unknown[]): parts is OffsetKey => parts.length === 1 && Number.isInteger(parts[0]) && (parts[0] as number) >= 0 && (parts[0] as number) <= 1_000_000;

/**
 * The list residents browse and search. Ranking happens in memory with the same search code the
 * app runs offline; the cursor is an offset.
 */
export function pageOfProcedures(
  procedures: WardProcedures,
  options: { q?: string | undefined; field?: ProcedureField | undefined; cursor?: string | undefined; limit: number },
): ProcedurePage {
  const [offset] = options.cursor ? decodeCursor(options.cursor, isOffsetKey) : [0];
  const end = offset + options.limit;
  const inField = (p: ProcedureDetail) => !options.field || p.field === options.field;
  const q = options.q?.trim() ?? "";
  let ranked: readonly ProcedureDetail[];
  let matched = new Map<string, string[]>();
  if (q) {
    const bySlug = procedures.bySlug();
    // Hits come in a total order (score, then slug), so the best `end + 1` are the first `end + 1`
    // of all of them: enough for the page and to know whether another follows. A field filter
    // drops hits after ranking, so then every hit is needed.
    const hits = procedures.search().search(q, options.field ? procedures.items.length : end + 1);
    matched = new Map(hits.map((hit) => [hit.slug, hit.terms]));
    ranked = hits.flatMap((hit) => {
      const p = bySlug.get(hit.slug);
      return p && inField(p) ? [p] : [];
    });
  } else {
    // Filtering the sorted list keeps the order a sort of the filtered one would give (the sort is stable).
    ranked = options.field ? procedures.browseOrder().filter(inField) : procedures.browseOrder();
  }
  const items = ranked.slice(offset, end).map((p) => toSummary(p, matched.get(p.slug) ?? []));
  return { items, nextCursor: end < ranked.length ? encodeCursor([end]) : null };
}
