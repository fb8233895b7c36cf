import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { buildIfNeeded } from "../../src/server/cli/build-if-needed";
import { APP_DIR } from "../../src/server/cli/paths";
import { searchBenchmark } from "./search-bench";
import { slowPhoneBenchmark } from "./slow-phone-bench";
import { startApiProcess, startProcess } from "../support/server-process";

// `npm run bench`: a benchmark, not a test. It prints figures; it asserts nothing.
const CONNECTIONS = 50;
const DURATION_S = 10;
const LIST_PATH = "/api/v1/wards/hoa-cuong/announcements";
const say = (line = "") => process.stdout.write(`${line}\n`);

async function load(url: string): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function bundleSizes(): { kind: string; raw: number; gzip: number }[] {
  const config = JSON.parse(readFileSync(join(APP_DIR, "app-config.json"), "utf8")) as {
    listCSS: string[];
    listSyncJS: string[];
    listAsyncJS: string[];
  };
  const measure = (files: string[]) =>
    files.reduce(
      (sum, file) => {
        const bytes = readFileSync(join(APP_DIR, file));
        return { raw: sum.raw + statSync(join(APP_DIR, file)).size, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  return [
    // listAsyncJS holds the entry's static imports (vendor code): loaded at start too.
    { kind: "initial JS", ...measure([...config.listSyncJS, ...config.listAsyncJS]) },
    { kind: "initial CSS", ...measure(config.listCSS) },
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  buildIfNeeded(say);
  const dataDir = mkdtempSync(join(tmpdir(), "cds-bench-"));
  const children: ChildProcess[] = [];
  const stops: (() => Promise<void>)[] = [];
  try {
    const api = await startApiProcess({ DATA_DIR: dataDir });
    stops.push(api.stop);
    const apiUrl = `${api.origin}${LIST_PATH}`;
    const body = await (await fetch(apiUrl)).text();
    const bodyFile = join(dataDir, "body.json");
    writeFileSync(bodyFile, body);
    const bare = await startProcess(["--import", "tsx", "tests/bench/bare-server.ts", bodyFile], {}, /LISTENING (\d+)/);
    children.push(bare.child);
    const bareUrl = `http://127.0.0.1:${bare.match[1]}${LIST_PATH}`;

    // BENCH_ONLY=first-open: only the bundle sizes and the slow-phone first open (a quicker check).
    const only = process.env.BENCH_ONLY;
    if (only !== "first-open") {
      say(`Announcements list (${body.length} bytes), ${CONNECTIONS} connections, ${DURATION_S} s each, same machine, one after the other:`);
      await load(apiUrl); // warm-up: JIT, database caches
      const apiResult = await load(apiUrl);
      const bareResult = await load(bareUrl);
      say("| server | requests/s | p50 ms | p99 ms | errors | non-2xx |");
      say("|---|---|---|---|---|---|");
      say(`| API (Fastify + PGlite) | ${apiResult.rps.toFixed(0)} | ${apiResult.p50} | ${apiResult.p99} | ${apiResult.errors} | ${apiResult.non2xx} |`);
      say(`| bare node:http, same bytes | ${bareResult.rps.toFixed(0)} | ${bareResult.p50} | ${bareResult.p99} | ${bareResult.errors} | ${bareResult.non2xx} |`);
      say(`API / bare throughput ratio: ${(apiResult.rps / bareResult.rps).toFixed(3)}; p99 ratio: ${(apiResult.p99 / Math.max(bareResult.p99, 1)).toFixed(1)}×`);
      say();
    }
    say("Mini app initial load (what app-config.json lists for Zalo to load first):");
    say("| part | raw | gzip |");
    say("|---|---|---|");
    const sizes = bundleSizes();
    for (const s of sizes) say(`| ${s.kind} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    say(`| total | | ${kb(total)} (budget 150 kB) |`);
    say();
    if (only !== "first-open") {
      await searchBenchmark(say);
      say();
    }
    const ward = (await (await fetch(`${api.origin}/api/v1/wards/hoa-cuong`)).json()) as { name: string };
    await slowPhoneBenchmark(api.origin, ward.name, say);
  } finally {
    children.forEach((c) => c.kill("SIGTERM"));
    await Promise.all(stops.map((stop) => stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
