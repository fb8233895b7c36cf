import type { Queryable } from "../db/database";
import { decodeCursor, encodeCursor } from "../lib/cursor";
import type { ProcedureContent, ProcedureField } from "../../shared/schemas/procedure";
import type { ProcedureDetail, ProcedurePage, ProcedureSummary } from "../../shared/schemas/procedure-api";
import type { Office } from "../../shared/schemas/ward";
import { createProcedureSearch } from "../../shared/search/procedure-search";

type Row = {
  content: ProcedureContent;
  updated_at: Date;
  office_id: string | null;
  note: string | null;
  popular_rank: number | null;
};

/** Every procedure a ward offers (or just `slug`), national content with the ward's part merged in. */
export async function loadWardProcedures(db: Queryable, ward: string, offices: Office[], slug?: string): Promise<ProcedureDetail[]> {
  const rows = await db.query<Row>(
    `select p.content, greatest(p.updated_at, coalesce(wp.updated_at, p.updated_at)) as updated_at,
            wp.office_id, wp.note, wp.popular_rank
     from procedures p
     left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1
     where coalesce(wp.hidden, false) = false ${slug ? "and p.slug = $2" : ""}`,
    slug ? [ward, slug] : [ward],
  );
  return rows.map((r) => ({
    ...r.content,
    ward: { office: officeFor(r.content, r.office_id, offices), note: r.note, popularRank: r.popular_rank },
    updatedAt: r.updated_at.toISOString(),
  }));
}

/** The office chosen by the ward, else the ward police for police procedures, else the People's Committee. */
function officeFor(p: ProcedureContent, officeId: string | null, offices: Office[]): Office | null {
  const chosen = officeId ? offices.find((o) => o.id === officeId) : undefined;
  if (chosen) return chosen;
  const kind = p.handledBy === "cong-an" ? "police" : "people-committee";
  return offices.find((o) => o.kind === kind) ?? null;
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
const isOffsetKey = (parts: unknown[]): parts is OffsetKey => parts.length === 1 && Number.isInteger(parts[0]) && (parts[0] as number) >= 0;

// Building the search index costs more than a search; keep one per ward until its content changes.
const indexes = new Map<string, { fingerprint: string; search: ReturnType<typeof createProcedureSearch> }>();

function searchFor(ward: string, procedures: ProcedureDetail[]) {
  const fingerprint = procedures.map((p) => `${p.slug}@${p.updatedAt}`).join("|");
  const cached = indexes.get(ward);
  if (cached?.fingerprint === fingerprint) return cached.search;
  const search = createProcedureSearch(procedures);
  indexes.set(ward, { fingerprint, search });
  return search;
}

/**
 * The list residents browse and search. A ward has tens to a few hundred procedures, so ranking
 * happens in memory with the same search code the app runs offline; the cursor is an offset.
 */
export function pageOfProcedures(
  ward: string,
  procedures: ProcedureDetail[],
  options: { q?: string | undefined; field?: ProcedureField | undefined; cursor?: string | undefined; limit: number },
): ProcedurePage {
  const inField = options.field ? procedures.filter((p) => p.field === options.field) : procedures;
  let ranked: ProcedureSummary[];
  const q = options.q?.trim() ?? "";
  if (q) {
    const bySlug = new Map(inField.map((p) => [p.slug, p]));
    ranked = searchFor(ward, procedures)
      .search(q, procedures.length)
      .flatMap((hit) => {
        const p = bySlug.get(hit.slug);
        return p ? [toSummary(p, hit.terms)] : [];
      });
  } else {
    ranked = [...inField].sort(byPopularityThenName).map((p) => toSummary(p));
  }
  const [offset] = options.cursor ? decodeCursor(options.cursor, isOffsetKey) : [0];
  const items = ranked.slice(offset, offset + options.limit);
  const next = offset + options.limit;
  return { items, nextCursor: next < ranked.length ? encodeCursor([next]) : null };
}
