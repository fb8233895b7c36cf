import type { Queryable } from "../db/database";
import { nextExpiry, partStatuses, publicConfirmations, type StoredConfirmation } from "../lib/confirmation-parts";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import { publicProcedure, type ProcedureContent, type ProcedureField } from "../../shared/schemas/procedure";
import type { ProcedureDetail, ProcedurePage, ProcedureSummary } from "../../shared/schemas/procedure-api";
import { DEFAULT_REVIEW_PERIOD_DAYS } from "../../shared/schemas/procedure-confirmation";
import type { Office } from "../../shared/schemas/ward";
import { createProcedureSearch, type ProcedureSearch } from "../../shared/search/procedure-search";

type Row = {
  content: ProcedureContent;
  updated_at: Date;
  office_id: string | null;
  note: string | null;
  popular_rank: number | null;
  confirmations: StoredConfirmationJson[];
  review_period_set_at: Date | null;
};

/** A confirmation as jsonb_agg returns it: the time is a string there. */
export type StoredConfirmationJson = Omit<StoredConfirmation, "confirmedAt"> & { confirmedAt: string };
export const toStoredConfirmation = (c: StoredConfirmationJson): StoredConfirmation => ({ ...c, confirmedAt: new Date(c.confirmedAt) });

/** What decides which confirmations hold: the request's clock and the ward's review period. */
export type ConfirmationClock = { now?: Date; reviewPeriodDays?: number };

/**
 * The ward's confirmations (migration 0009) joined to procedure `p` as one jsonb array per row
 * (column `confirmations`). One pass over the ward's confirmations, hash-joined: a subquery per
 * procedure cost a lookup per row on a large catalogue.
 */
export const CONFIRMATIONS_COLUMN = "coalesce(pc.list, '[]'::jsonb) as confirmations";
export const CONFIRMATIONS_JOIN = `left join (
       select procedure_slug, jsonb_agg(jsonb_build_object('part', part, 'confirmedAt', confirmed_at,
         'confirmedBy', confirmed_by_login, 'note', note, 'hash', national_hash)) as list
       from procedure_confirmations where ward_slug = $1 group by procedure_slug
     ) pc on pc.procedure_slug = p.slug`;

/** Every procedure a ward offers, with what is costly to derive from them kept alongside. */
export type WardProcedures = {
  readonly items: readonly ProcedureDetail[];
  /** Built on first use: the search index costs more than a search. */
  search(): ProcedureSearch;
  /** The order residents browse in (most asked, then by name), sorted on first use. */
  browseOrder(): readonly ProcedureDetail[];
  bySlug(): ReadonlyMap<string, ProcedureDetail>;
  /** The first moment a confirmation shown in `items` expires: from then on they must be rebuilt. */
  readonly validUntil: number;
};

const SELECT_WARD_PROCEDURES = `select p.content, greatest(p.updated_at, coalesce(wp.updated_at, p.updated_at)) as updated_at,
            wp.office_id, wp.note, wp.popular_rank, ${CONFIRMATIONS_COLUMN},
            (select review_period_set_at from wards where slug = $1) as review_period_set_at
     from procedures p
     left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1
     ${CONFIRMATIONS_JOIN}
     where coalesce(wp.hidden, false) = false`;

type Built = { detail: ProcedureDetail; validUntil: number };

function toDetail(r: Row, offices: Office[], { now = new Date(), reviewPeriodDays = DEFAULT_REVIEW_PERIOD_DAYS }: ConfirmationClock): Built {
  const office = officeFor(r.content, r.office_id, offices);
  const stored = r.confirmations.map(toStoredConfirmation);
  const statuses = partStatuses(r.content, office?.id ?? null, stored, now, reviewPeriodDays);
  // A confirmation made or lapsed, or a new review period, is a change the app's offline copy must
  // pick up (it asks only for what changed since its copy).
  const changes = [r.updated_at.getTime(), ...stored.map((c) => c.confirmedAt.getTime()), ...statuses.map((s) => s.lapsedAt?.getTime() ?? 0)];
  if (stored.length > 0 && r.review_period_set_at) changes.push(r.review_period_set_at.getTime());
  return {
    detail: {
      ...publicProcedure(r.content),
      ward: { office, note: r.note, popularRank: r.popular_rank },
      confirmations: publicConfirmations(statuses),
      updatedAt: new Date(Math.max(...changes)).toISOString(),
    },
    validUntil: nextExpiry(statuses),
  };
}

/** The office chosen by the ward, else the ward police for police procedures, else the People's Committee. */
export function officeFor(p: ProcedureContent, officeId: string | null, offices: Office[]): Office | null {
  const chosen = officeId ? offices.find((o) => o.id === officeId) : undefined;
  if (chosen) return chosen;
  const kind = p.handledBy === "cong-an" ? "police" : "people-committee";
  return offices.find((o) => o.kind === kind) ?? null;
}

/** One procedure of the ward (national content with the ward's part merged in): one row read. */
export async function findWardProcedure(db: Queryable, ward: string, offices: Office[], slug: string, clock: ConfirmationClock = {}): Promise<ProcedureDetail | null> {
  const [row] = await db.query<Row>(`${SELECT_WARD_PROCEDURES} and p.slug = $2`, [ward, slug]);
  return row ? toDetail(row, offices, clock).detail : null;
}

type CacheEntry = { revision: string; key: string; procedures: Promise<WardProcedures> };

// Reading and parsing every procedure on each request made the list, the search and the catalogue
// cost as much as the whole catalogue. Each ward's procedures are kept in memory instead, per
// database (tests open many), and checked against procedure_revision (migration 0008), which
// triggers bump on any change to procedures or ward_procedures: one primary-key read per request.
const caches = new WeakMap<Queryable, Map<string, CacheEntry>>();

/** Every procedure the ward offers, national content with the ward's part merged in. */
export async function loadWardProcedures(db: Queryable, ward: string, offices: Office[], clock: ConfirmationClock = {}): Promise<WardProcedures> {
  const now = clock.now ?? new Date();
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  // Read before the rows: a change committed in between makes the next request reload, never serves stale rows.
  const [current] = await db.query<{ revision: string }>("select revision::text as revision from procedure_revision");
  const revision = current?.revision ?? "";
  // The office shown comes from the ward's offices, and how long a confirmation holds from its review
  // period: a ward edit changes both without touching procedures.
  const key = JSON.stringify([offices, clock.reviewPeriodDays ?? DEFAULT_REVIEW_PERIOD_DAYS]);
  const cached = cache.get(ward);
  if (cached && cached.revision === revision && cached.key === key) {
    const hit = await cached.procedures;
    // A confirmation that expired since the load must vanish without any write to the database.
    if (now.getTime() < hit.validUntil) return hit;
  }

  // Concurrent requests after a change share one load instead of each reading the whole catalogue.
  const procedures = db.query<Row>(SELECT_WARD_PROCEDURES, [ward]).then((rows) => wardProcedures(rows.map((r) => toDetail(r, offices, { ...clock, now }))));
  const entry = { revision, key, procedures };
  cache.set(ward, entry);
  procedures.catch(() => {
    if (cache.get(ward) === entry) cache.delete(ward);
  });
  return procedures;
}

function wardProcedures(built: readonly Built[]): WardProcedures {
  const items = built.map((b) => b.detail);
  let search: ProcedureSearch | undefined;
  let browseOrder: readonly ProcedureDetail[] | undefined;
  let bySlug: ReadonlyMap<string, ProcedureDetail> | undefined;
  return {
    items,
    // reduce, not Math.min(...): a spread of 100,000 arguments overflows the stack.
    validUntil: built.reduce((min, b) => Math.min(min, b.validUntil), Number.POSITIVE_INFINITY),
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
