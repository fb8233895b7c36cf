import autocannon from "autocannon";
import type { AnnouncementPage } from "../../../src/shared/schemas/announcement";
import { startApiProcess } from "../../support/server-process";
import { createScratchDatabase } from "./databases";
import { WARD_PATH } from "./load-mix";
import { statusKb } from "./memory-sampler";
import { prepareScalingDatabase, type ScalingData } from "./scaling-data";
import type { DatabaseKind } from "./settings";

// The mini app's page size on the announcements screen.
const PAGE_SIZE = 10;
const SEARCHES = ["khai sinh", "dang ky tam tru", "chứng thực"];

export type ScalingRow = {
  database: DatabaseKind;
  rows: number;
  route: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
};

type Route = { route: string; paths: string[] };

function routesFor(data: ScalingData): Route[] {
  const list = `${WARD_PATH}/announcements`;
  return [
    { route: "announcements, first page", paths: [`${list}?limit=${PAGE_SIZE}`] },
    { route: "announcements, middle page (cursor)", paths: [`${list}?${new URLSearchParams({ cursor: data.middleCursor, limit: String(PAGE_SIZE) })}`] },
    { route: `procedure search (${SEARCHES.length} queries)`, paths: SEARCHES.map((q) => `${WARD_PATH}/procedures?${new URLSearchParams({ q })}`) },
    { route: "procedure detail", paths: [`${WARD_PATH}/procedures/${data.middleProcedureSlug}`] },
  ];
}

/** The middle cursor must be what the API itself hands out as nextCursor there, or the deep page measures nothing real. */
async function checkMiddleCursor(origin: string, data: ScalingData): Promise<void> {
  const url = `${origin}${WARD_PATH}/announcements?${new URLSearchParams({ cursor: data.pageBeforeMiddleCursor, limit: String(PAGE_SIZE) })}`;
  const page = (await (await fetch(url)).json()) as AnnouncementPage;
  if (page.nextCursor !== data.middleCursor) throw new Error("the middle cursor is not the nextCursor of the page before it");
}

const WARM_UP_S = 2;

async function measure(origin: string, route: Route, connections: number, durationS: number) {
  const requests = route.paths.map((path) => ({ method: "GET" as const, path }));
  // The same load briefly first, unmeasured: the JIT, the query plans, the pages read after the
  // bulk insert, and the first search of a ward (which builds its index) are start-up costs.
  await autocannon({ url: origin, connections, duration: WARM_UP_S, requests });
  // Requests still running on the server after the warm-up must not be counted against the next run.
  // A failure here shows as errors of the measured run below.
  for (const { path } of requests) await fetch(`${origin}${path}`).then((res) => res.arrayBuffer()).catch(() => undefined);
  const result = await autocannon({ url: origin, connections, duration: durationS, requests });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * How cost grows with data: for each size, a database with that many announcements and procedures,
 * the real server on it with the response cache off (every request reaches the database), and each
 * route alone for `durationS`.
 */
export async function runScaling(
  database: DatabaseKind,
  sizes: readonly number[],
  options: { connections: number; durationS: number; postgresAdminUrl: string; say: (line?: string) => void },
): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const size of sizes) {
    const scratch = await createScratchDatabase(database, options.postgresAdminUrl);
    try {
      const data = await prepareScalingDatabase(scratch.target, size, PAGE_SIZE);
      options.say(`  ${database}, ${size.toLocaleString("en")} rows: ${data.announcements.toLocaleString("en")} announcements and ${data.procedures.toLocaleString("en")} procedures ready in ${data.seconds.toFixed(1)} s`);
      const server = await startApiProcess({ ...scratch.serverEnv, RESPONSE_CACHE_TTL_MS: "0" });
      try {
        await checkMiddleCursor(server.origin, data);
        for (const route of routesFor(data)) {
          const result = await measure(server.origin, route, options.connections, options.durationS);
          rows.push({ database, rows: size, route: route.route, ...result });
          const gone = server.exited();
          if (gone) {
            options.say(`  SERVER DIED (${gone}) during "${route.route}" at ${size.toLocaleString("en")} rows; stderr:\n    ${server.stderr().trim().split("\n").slice(-8).join("\n    ")}`);
            break;
          }
        }
        const peak = statusKb(server.pid, "VmHWM");
        if (peak !== null) options.say(`    server peak RSS (VmHWM) after these routes: ${(peak / 1024 / 1024).toFixed(0)} MB`);
      } finally {
        await server.stop();
      }
    } finally {
      await scratch.drop();
    }
  }
  return rows;
}
