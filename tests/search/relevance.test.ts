import { describe, expect, it } from "vitest";
import { createSiteSearch } from "../../src/shared/search/site-search";
import { measureRelevance, residentQueries } from "./relevance";
import { seedSources } from "./seed-sources";

// The floor is what the search reached when this set was written (top-3 99.1%, top-1 94.3% of 228
// queries) minus a margin for content edits, and never below the 90% / 75%.
const FLOOR = { top3: 0.95, top1: 0.9 };

describe("relevance on resident-style queries", () => {
  const queries = residentQueries();
  const search = createSiteSearch(seedSources());
  const result = measureRelevance(queries, (q) => search.search(q, 10).map((hit) => `${hit.kind}:${hit.id}`));

  it("has at least 150 queries of every kind, each expecting an item that exists", () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const kind of ["situation", "extra-words", "abbreviation", "old-name", "typo", "typing-slip", "no-diacritics"]) expect(kinds).toContain(kind);
    const sources = seedSources();
    const known = new Set([...(sources.procedures ?? []).map((p) => `procedure:${p.slug}`), ...(sources.guides ?? []).map((g) => `guide:${g.slug}`)]);
    expect(queries.flatMap((q) => q.expect).filter((id) => !known.has(id))).toEqual([]);
  });

  it(`finds the answer in the top 3 for at least ${FLOOR.top3 * 100}% and first for ${FLOOR.top1 * 100}%`, () => {
    // The misses are printed so that a failure says which queries went wrong.
    expect({ top3: result.top3 >= FLOOR.top3, top1: result.top1 >= FLOOR.top1, top3Rate: result.top3, top1Rate: result.top1, misses: result.misses }).toMatchObject({ top3: true, top1: true });
  });
});
