import type { Database, Queryable } from "../db/database";
import { ApiError } from "../lib/api-error";
import type { Actor } from "../repositories/announcement-writes";
import { writeAudit } from "../repositories/audit";
import { tokenize } from "../../shared/search/normalize";
import type { ManagedSearchTerms, SearchTermEntry, SearchTermsPut } from "../../shared/schemas/search";

// A ward's own "từ đồng nghĩa / tình huống" list, added to the built-in vocabulary of the search
// on the server and on the phone. The whole list is one versioned record: editors change a line or
// two at a time, and one version makes "someone else just saved" a clear 409.

type Row = { entries: SearchTermEntry[]; version: number; updated_at: Date };

export async function loadSearchTerms(db: Queryable, ward: string): Promise<ManagedSearchTerms> {
  const [row] = await db.query<Row>("select entries, version, updated_at from ward_search_terms where ward_slug = $1", [ward]);
  return { ward, entries: row?.entries ?? [], version: row?.version ?? null, updatedAt: row ? row.updated_at.toISOString() : null };
}

/** Checks what the schema cannot: a phrase must contain a word, and an entry must say what it leads to. */
function problems(entries: readonly SearchTermEntry[]): string[] {
  return entries.flatMap((entry, i) => {
    const line = `Dòng ${i + 1}`;
    const found: string[] = [];
    if (entry.typed.some((phrase) => tokenize(phrase).length === 0)) found.push(`${line}: mỗi cách gõ cần có ít nhất một chữ hoặc số.`);
    if (entry.means.some((phrase) => tokenize(phrase).length === 0)) found.push(`${line}: mỗi nghĩa cần có ít nhất một chữ hoặc số.`);
    if (entry.means.length === 0 && entry.targets.length === 0) found.push(`${line}: hãy ghi nghĩa của nó hoặc chọn mục cần mở.`);
    return found;
  });
}

/** The one write: replaces the ward's list if `version` is the one stored, with its audit entry. */
export async function saveSearchTerms(db: Database, ward: string, input: SearchTermsPut, actor: Actor, now: Date): Promise<ManagedSearchTerms> {
  const wrong = problems(input.entries);
  if (wrong.length > 0) throw new ApiError(422, "BAD_SEARCH_TERMS", `${wrong.join(" ")} (Invalid search terms.)`);
  return db.transaction(async (tx) => {
    await tx.query("select 1 from wards where slug = $1 for update", [ward]);
    const before = await loadSearchTerms(tx, ward);
    if (before.version !== input.version) {
      throw new ApiError(
        409,
        "STALE_VERSION",
        `Danh sách từ tìm kiếm vừa được người khác sửa (phiên bản ${before.version ?? "chưa có"}). Hãy tải lại rồi sửa tiếp. (Stale version.)`,
      );
    }
    await tx.query(
      `insert into ward_search_terms (ward_slug, entries, version, updated_at) values ($1, $2, 1, $3)
       on conflict (ward_slug) do update set entries = $2, version = ward_search_terms.version + 1, updated_at = $3`,
      [ward, JSON.stringify(input.entries), now],
    );
    const after = await loadSearchTerms(tx, ward);
    await writeAudit(tx, { ward, staff: actor, action: before.version === null ? "create" : "update", entity: "search-terms", entityId: ward, before: before.entries, after: after.entries, at: now });
    return after;
  });
}
