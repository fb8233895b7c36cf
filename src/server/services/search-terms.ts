import { ApiError } from "../lib/api-error";
import { forgetWardSearch } from "../repositories/search";
import { loadSearchTerms, upsertSearchTerms } from "../repositories/search-terms";
import { tokenize } from "../../shared/search/normalize";
import type { ManagedSearchTerms, SearchTermEntry, SearchTermsPut } from "../../shared/schemas/search";
import { versionedChange, type Actor, type ServiceContext } from "./versioned-change";

// A ward's own "từ đồng nghĩa / tình huống" list, added to the built-in vocabulary of the search
// on the server and on the phone. The whole list is one versioned record: editors change a line or
// two at a time, and one version makes "someone else just saved" a clear 409.

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

/** Replaces the ward's list through the one versioned write path (version null for the first save). */
export async function saveSearchTerms(ctx: ServiceContext, ward: string, input: SearchTermsPut, actor: Actor): Promise<ManagedSearchTerms> {
  const wrong = problems(input.entries);
  if (wrong.length > 0) throw new ApiError(422, "BAD_SEARCH_TERMS", `${wrong.join(" ")} (Invalid search terms.)`);
  const saved = await versionedChange<ManagedSearchTerms>(ctx, actor, {
    entity: "search-terms",
    entityId: ward,
    label: "Danh sách từ tìm kiếm",
    expectedVersion: input.version,
    read: async (tx) => {
      const found = await loadSearchTerms(tx, ward);
      return found.version === null ? null : { version: found.version, value: found };
    },
    write: (tx, _current, now) => upsertSearchTerms(tx, ward, input.entries, now),
    wards: () => [ward],
  });
  // The ward's built search holds the old words for up to a second; drop it now.
  forgetWardSearch(ctx.db, ward);
  return saved;
}
