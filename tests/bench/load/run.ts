import { buildIfNeeded } from "../../../src/server/cli/build-if-needed";
import { postgresUnavailable, redact } from "./databases";
import { runLoadPhases } from "./load-phases";
import { sayGrowth, sayScaling } from "./report";
import { runScaling, type ScalingRow } from "./scaling";
import { readSettings, type DatabaseKind } from "./settings";

// `npm run bench:load`: a benchmark, not a test. It prints figures and asserts nothing, except that
// it reports errors as they are. See settings.ts for the environment variables of a shorter run.
const say = (line = "") => process.stdout.write(`${line}\n`);
const TITLES: Record<DatabaseKind, string> = { pglite: "embedded PGlite", postgres: "PostgreSQL" };

async function main() {
  const settings = readSettings();
  // The server serves the built front end too; build it as npm start would, so the process is the same.
  buildIfNeeded(say);
  const postgresWanted =
    (settings.parts.includes("load") && settings.loadDatabases.includes("postgres")) ||
    (settings.parts.includes("scaling") && settings.scalingDatabases.includes("postgres"));
  const postgresProblem = postgresWanted ? await postgresUnavailable(settings.postgresAdminUrl) : null;
  const usable = (kind: DatabaseKind, part: string): boolean => {
    if (kind !== "postgres" || postgresProblem === null) return true;
    say(`PostgreSQL ${part} skipped: cannot connect to ${postgresProblem}. Set TEST_DATABASE_URL to a server where a database can be created.`);
    say();
    return false;
  };
  say(`Load benchmark on ${new Date().toISOString()}, Node ${process.version}; the load generator runs on the same machine as the server.`);
  if (postgresWanted && postgresProblem === null) say(`PostgreSQL: a fresh database on ${redact(settings.postgresAdminUrl)} for each run, dropped afterwards.`);
  const problems: string[] = [];

  if (settings.parts.includes("load")) {
    for (const kind of settings.loadDatabases) {
      say();
      say(`## Load: npm start on ${TITLES[kind]}`);
      if (usable(kind, "load")) problems.push(...(await runLoadPhases(kind, settings, say)).map((p) => `${TITLES[kind]}: ${p}`));
    }
  }

  if (settings.parts.includes("scaling")) {
    say();
    say(
      `## How cost grows: ${settings.scalingRows.map((r) => r.toLocaleString("en")).join(" / ")} announcements and procedures, ` +
        `response cache off (RESPONSE_CACHE_TTL_MS=0), ${settings.scalingConnections} connections, ${settings.scalingDurationS} s per route`,
    );
    const rows: ScalingRow[] = [];
    for (const kind of settings.scalingDatabases) {
      if (usable(kind, "scaling")) rows.push(...(await runScaling(kind, settings.scalingRows, { connections: settings.scalingConnections, durationS: settings.scalingDurationS, postgresAdminUrl: settings.postgresAdminUrl, say })));
    }
    say();
    sayScaling(say, rows);
    say();
    sayGrowth(say, rows);
    problems.push(...rows.filter((r) => r.errors > 0).map((r) => `scaling, ${r.database}, ${r.rows.toLocaleString("en")} rows, ${r.route}: ${r.errors} errors`));
  }
  say();
  say(problems.length === 0 ? "Summary: no errors; every publish succeeded and was visible." : `Summary: PROBLEMS\n- ${problems.join("\n- ")}`);
}

await main();
