import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { loadProcedureCatalogue } from "../../src/server/db/seed/catalogue/load-procedures";
import type { ProcedureContent } from "../../src/shared/schemas/procedure";
import { tokenize } from "../../src/shared/search/normalize";
import { createProcedureSearch } from "../../src/shared/search/procedure-search";
import { createSiteSearch, type SiteSearchSources } from "../../src/shared/search/site-search";
import { measureRelevance, residentQueries, type Relevance } from "../search/relevance";
import { seedSources } from "../search/seed-sources";
import { generateProcedures } from "./generate-procedures";
import { median, percentile } from "./stats";

// The search beside MiniSearch (fuzzy + prefix, our normaliser) and Fuse.js, on the same data:
// hit rates on the labelled resident queries (over the demo ward's real content), and query times
// over 5,000 generated procedures. A benchmark prints figures; it asserts nothing.

const DOCUMENTS = 5_000;
// Fuse.js scans every document for every query (hundreds of ms each at this size), so it gets fewer
// runs to keep `npm run bench` short; the indexed engines get enough for a meaningful p99.
const RUNS = { ours: 20, mini: 20, fuse: 1 };
/** Fuse.js takes about a second per query at 5,000 documents: it is timed on every 6th query only. */
const FUSE_SAMPLE = 6;
const BUILDS = 5;
const LIMIT = 20;

/** One flat record per item, for the libraries: the name, a summary, and everything else. */
type Flat = { id: string; title: string; summary: string; body: string };

function flatten(sources: SiteSearchSources): Flat[] {
  const procedures = (sources.procedures ?? []).map((p) => ({
    id: `procedure:${p.slug}`,
    title: p.name,
    summary: p.summary,
    body: [p.whoFiles, ...p.steps, ...p.documentCases.flatMap((c) => c.documents.map((d) => d.name))].join("\n"),
  }));
  const guides = (sources.guides ?? []).map((g) => ({
    id: `guide:${g.slug}`,
    title: g.title,
    summary: g.summary,
    body: [...(g.troubleshooting ?? []).map((t) => t.problem), ...(g.steps ?? []).flatMap((s) => [s.title, s.body])].join("\n"),
  }));
  const teams = (sources.teams ?? []).map((t) => ({ id: `team:${t.id}`, title: t.name, summary: t.areas.map((a) => `${a.name} ${a.formerName ?? ""}`).join("\n"), body: t.meetingPlace ?? "" }));
  const areas = (sources.areas ?? []).map((a) => ({ id: `area:${a.id}`, title: a.name, summary: a.formerName ?? "", body: [a.formerWard ?? "", ...a.aliases].join("\n") }));
  const announcements = (sources.announcements ?? []).map((a) => ({ id: `announcement:${a.id}`, title: a.title, summary: a.excerpt, body: "" }));
  return [...procedures, ...guides, ...announcements, ...teams, ...areas];
}

const procedureFlat = (p: ProcedureContent): Flat => ({ id: p.slug, title: p.name, summary: p.summary, body: p.steps.join("\n") });

// MiniSearch as the issue asks: fuzzy and prefix, with the same Vietnamese normaliser as ours.
function buildMini(docs: readonly Flat[]): MiniSearch<Flat> {
  const mini = new MiniSearch<Flat>({
    fields: ["title", "summary", "body"],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 10, summary: 4 }, fuzzy: 0.2, prefix: true, combineWith: "OR" },
  });
  mini.addAll(docs);
  return mini;
}
// Fuse.js: weighted like ours, fuzzy threshold 0.35, anywhere in the text. It has no Vietnamese folding.
const buildFuse = (docs: readonly Flat[]) =>
  new Fuse(docs, {
    keys: [
      { name: "title", weight: 10 },
      { name: "summary", weight: 4 },
      { name: "body", weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);

export async function searchBenchmark(say: (line?: string) => void): Promise<void> {
  const queries = residentQueries();
  const sources = seedSources();
  const flat = flatten(sources);
  const site = createSiteSearch(sources);
  const miniReal = buildMini(flat);
  const fuseReal = buildFuse(flat);
  const relevance: [string, Relevance][] = [
    ["ours", measureRelevance(queries, (q) => site.search(q, 10).map((hit) => `${hit.kind}:${hit.id}`))],
    ["MiniSearch", measureRelevance(queries, (q) => miniReal.search(q).slice(0, 10).map((hit) => String(hit.id)))],
    ["Fuse.js", measureRelevance(queries, (q) => fuseReal.search(q, { limit: 10 }).map((hit) => hit.item.id))],
  ];

  const procedures = generateProcedures(loadProcedureCatalogue(), DOCUMENTS);
  const builds = { ours: [] as number[], mini: [] as number[], fuse: [] as number[] };
  for (let b = 0; b < BUILDS; b++) {
    builds.ours.push(timed(() => createProcedureSearch(procedures)).ms);
    builds.mini.push(timed(() => buildMini(procedures.map(procedureFlat))).ms);
    builds.fuse.push(timed(() => buildFuse(procedures.map(procedureFlat))).ms);
  }
  const ours = createProcedureSearch(procedures);
  const mini = buildMini(procedures.map(procedureFlat));
  const fuse = buildFuse(procedures.map(procedureFlat));
  const texts = queries.map((q) => q.q);
  for (const q of texts) {
    ours.search(q, LIMIT);
    mini.search(q);
  }
  // One engine after the other, so that collecting one's garbage does not land in the other's timings.
  const timeQueries = (runs: number, run: (query: string) => unknown, sample = texts): number[] => Array.from({ length: runs }, () => sample.map((q) => timed(() => run(q)).ms)).flat();
  const times = {
    ours: timeQueries(RUNS.ours, (q) => ours.search(q, LIMIT)),
    mini: timeQueries(RUNS.mini, (q) => mini.search(q).slice(0, LIMIT)),
    fuse: timeQueries(RUNS.fuse, (q) => fuse.search(q, { limit: LIMIT }), texts.filter((_, i) => i % FUSE_SAMPLE === 0)),
  };

  say(
    `Search: ${queries.length} labelled resident queries (tests/search/resident-queries.json) over the demo ward's ${flat.length} items for the hit rates; ` +
      `the same query texts over ${DOCUMENTS.toLocaleString("en")} generated procedures for the times (limit ${LIMIT}; runs: ours ${RUNS.ours}, MiniSearch ${RUNS.mini}, Fuse.js ${Fuse.version} ${RUNS.fuse} on every ${FUSE_SAMPLE}th query):`,
  );
  say("| | ours | MiniSearch (fuzzy 0.2 + prefix, our normaliser) | Fuse.js |");
  say("|---|---|---|---|");
  const [o, m, f] = relevance.map(([, r]) => r) as [Relevance, Relevance, Relevance];
  say(`| top-1 hit rate | ${pct(o.top1)} | ${pct(m.top1)} | ${pct(f.top1)} |`);
  say(`| top-3 hit rate | ${pct(o.top3)} | ${pct(m.top3)} | ${pct(f.top3)} |`);
  say(`| index build, ms (median of ${BUILDS}, ${DOCUMENTS} procedures) | ${ms(median(builds.ours))} | ${ms(median(builds.mini))} | ${ms(median(builds.fuse))} |`);
  say(`| query median, ms | ${ms(median(times.ours))} | ${ms(median(times.mini))} | ${ms(median(times.fuse))} |`);
  say(`| query p99, ms | ${ms(percentile(times.ours, 0.99))} | ${ms(percentile(times.mini, 0.99))} | ${ms(percentile(times.fuse, 0.99))} |`);
  say(`Targets: query median ≤ 2 ms and p99 ≤ 15 ms over ${DOCUMENTS.toLocaleString("en")} procedures; top-3 ≥ 90%, top-1 ≥ 75%.`);
}

// `npx tsx tests/bench/search-bench.ts` runs this part alone.
if (process.argv[1]?.endsWith("search-bench.ts")) await searchBenchmark((line = "") => process.stdout.write(`${line}\n`));
