import { createSiteSearch } from "../../src/shared/search/site-search";
import { seedSources } from "./seed-sources";
import { measureRelevance, residentQueries } from "./relevance";
const s = createSiteSearch(seedSources());
const r = measureRelevance(residentQueries(), (q) => s.search(q, 10).map((h) => `${h.kind}:${h.id}`));
console.log("top1", r.top1.toFixed(3), "top3", r.top3.toFixed(3), "of", r.total);
for (const m of r.misses) console.log(m.q, "| want", m.expect[0], "| got", m.got.join(", "));
