import type { Queryable } from "../db/database";
import type { ManagedSearchTerms, SearchTermEntry } from "../../shared/schemas/search";

type Row = { entries: SearchTermEntry[]; version: number; updated_at: Date };

export async function loadSearchTerms(db: Queryable, ward: string): Promise<ManagedSearchTerms> {
  const [row] = await db.query<Row>("select entries, version, updated_at from ward_search_terms where ward_slug = $1", [ward]);
  return { ward, entries: row?.entries ?? [], version: row?.version ?? null, updatedAt: row ? row.updated_at.toISOString() : null };
}

export async function upsertSearchTerms(db: Queryable, ward: string, entries: readonly SearchTermEntry[], now: Date): Promise<void> {
  await db.query(
    `insert into ward_search_terms (ward_slug, entries, version, updated_at) values ($1, $2, 1, $3)
     on conflict (ward_slug) do update set entries = $2, version = ward_search_terms.version + 1, updated_at = $3`,
    [ward, JSON.stringify(entries), now],
  );
}
