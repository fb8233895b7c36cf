import { readFileSync } from "node:fs";

// The labelled resident queries and how to score a search engine on them: the test uses it as a
// floor, `npm run bench` prints it beside MiniSearch and Fuse.js.

export type LabelledQuery = { q: string; kind: string; expect: string[] };
export type Relevance = { total: number; top1: number; top3: number; misses: { q: string; expect: string[]; got: string[] }[] };

export function residentQueries(): LabelledQuery[] {
  const data = JSON.parse(readFileSync(new URL("./resident-queries.json", import.meta.url), "utf8")) as { queries: LabelledQuery[] };
  return data.queries;
}

/** `search` returns result ids as "kind:id", best first. A query is found when any expected id is in the top 3. */
export function measureRelevance(queries: readonly LabelledQuery[], search: (q: string) => string[]): Relevance {
  let top1 = 0;
  let top3 = 0;
  const misses: Relevance["misses"] = [];
  for (const { q, expect } of queries) {
    const got = search(q).slice(0, 3);
    if (got[0] !== undefined && expect.includes(got[0])) top1++;
    if (got.some((id) => expect.includes(id))) top3++;
    else misses.push({ q, expect, got });
  }
  return { total: queries.length, top1: top1 / queries.length, top3: top3 / queries.length, misses };
}
