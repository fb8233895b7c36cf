import Fuse from "fuse.js";
import { loadProcedureCatalogue } from "../../src/server/db/seed/catalogue/load-procedures";
import { createProcedureSearch } from "../../src/shared/search/procedure-search";
import { generateProcedures } from "./generate-procedures";
import { median, percentile } from "./stats";

// Procedure search on 5,000 generated procedures, ours and Fuse.js on the same data and the same
// queries, timed in the same run. A benchmark prints figures; it asserts nothing.

const DOCUMENTS = 5_000;
// Fuse.js scans every document for every query (hundreds of ms each at this size), so it gets fewer
// runs to keep `npm run bench` short; ours gets enough for a meaningful p99.
const RUNS = { ours: 50, fuse: 3 };
const BUILDS = 5;
const LIMIT = 20;

// What residents type: with and without diacritics, half-typed, in their own words, as a question.
const QUERIES = [
  "dang ky khai sinh", "đăng ký khai sinh", "khai si", "làm giấy khai sinh ở đâu", "công chứng",
  "cong chung", "sao y", "chứng thực chữ ký", "hộ khẩu", "ho khau", "tách hộ", "độc thân", "doc than",
  "giấy chứng tử", "khai tu", "kết hôn", "ket hon nuoc ngoai", "cưới", "tam tru", "tạm trú",
  "gia hạn tạm", "KT3", "CCCD", "can cuoc", "di chúc", "giám hộ", "trợ cấp", "BHYT", "mai táng",
  "khuyết tật", "mở quán", "k",
];

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export async function searchBenchmark(say: (line?: string) => void): Promise<void> {
  const procedures = generateProcedures(loadProcedureCatalogue(), DOCUMENTS);
  // Fuse.js as the issue describes it: name, summary and steps weighted like ours, fuzzy threshold
  // 0.35, anywhere in the text. It has no Vietnamese folding: it compares the text as written.
  const fuseOptions = {
    keys: [
      { name: "name", weight: 10 },
      { name: "summary", weight: 4 },
      { name: "steps", weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  };
  const buildOurs = () => createProcedureSearch(procedures);
  const buildFuse = () => new Fuse(procedures, fuseOptions);

  const oursBuilds: number[] = [];
  const fuseBuilds: number[] = [];
  for (let b = 0; b < BUILDS; b++) {
    oursBuilds.push(timed(buildOurs).ms);
    fuseBuilds.push(timed(buildFuse).ms);
  }
  const ours = buildOurs();
  const fuse = buildFuse();

  let oursFound = 0;
  let fuseFound = 0;
  for (const query of QUERIES) {
    // The warm-up run also counts which queries find anything at all.
    if (ours.search(query, LIMIT).length > 0) oursFound++;
    if (fuse.search(query, { limit: LIMIT }).length > 0) fuseFound++;
  }
  // One engine after the other, so that collecting one's garbage does not land in the other's timings.
  const timeQueries = (runs: number, run: (query: string) => unknown): number[] =>
    Array.from({ length: runs }, () => QUERIES.map((query) => timed(() => run(query)).ms)).flat();
  const oursTimes = timeQueries(RUNS.ours, (query) => ours.search(query, LIMIT));
  const fuseTimes = timeQueries(RUNS.fuse, (query) => fuse.search(query, { limit: LIMIT }));

  const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1);
  const ratio = (fuseValue: number, oursValue: number) => `${(fuseValue / oursValue).toFixed(1)}×`;
  const row = (label: string, o: number, f: number) => say(`| ${label} | ${ms(o)} | ${ms(f)} | ${ratio(f, o)} |`);
  say(
    `Procedure search: ${DOCUMENTS.toLocaleString("en")} generated procedures (the ${loadProcedureCatalogue().length} real ones and ` +
      `numbered variants with shuffled words), ${QUERIES.length} queries, limit ${LIMIT}, ` +
      `${RUNS.ours} runs each for ours and ${RUNS.fuse} for Fuse.js ${Fuse.version}, one after the other in one process:`,
  );
  say("| | ours | Fuse.js | Fuse.js / ours |");
  say("|---|---|---|---|");
  row(`index build, ms (median of ${BUILDS})`, median(oursBuilds), median(fuseBuilds));
  row("query median, ms", median(oursTimes), median(fuseTimes));
  row("query p99, ms", percentile(oursTimes, 0.99), percentile(fuseTimes, 0.99));
  say(`| queries with at least one result | ${oursFound}/${QUERIES.length} | ${fuseFound}/${QUERIES.length} | |`);
}
