import { startApiProcess } from "../../support/server-process";
import { createScratchDatabase } from "./databases";
import { discoverMix } from "./load-mix";
import { sampleMemory } from "./memory-sampler";
import { signInPublisher } from "./publisher";
import { sayErrors, sayGroups, sayPhases, sayPublishes, sayRampUps, type PhaseReport } from "./report";
import { runMix } from "./run-mix";
import type { DatabaseKind, LoadSettings } from "./settings";

// The first staff account the server creates on its empty database, as npm start would.
const ADMIN = { login: "bench-admin", password: "mat-khau-bench-load-2026" };

/**
 * The 200-connection mix against `npm start` on a fresh database of `kind`: once alone, once while
 * an editor publishes every second. Prints its tables as it goes; returns what went wrong, if anything.
 */
export async function runLoadPhases(kind: DatabaseKind, settings: LoadSettings, say: (line?: string) => void): Promise<string[]> {
  const scratch = await createScratchDatabase(kind, settings.postgresAdminUrl);
  try {
    const server = await startApiProcess({ ...scratch.serverEnv, BOOTSTRAP_ADMIN_LOGIN: ADMIN.login, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password });
    try {
      const mix = await discoverMix(server.origin);
      const groups = new Set(mix.map((e) => e.group)).size;
      say(
        `Mix: ${mix.length} URLs in ${groups} groups, weighted like a resident's visit (home most); ${Math.round(settings.conditionalShare * 100)}% of requests ` +
          `revalidate with If-None-Match (ETags learnt once before the run); every request accepts gzip/br like the app's webview. ${settings.connections} connections, ${settings.durationS} s per phase; server pid ${server.pid}.`,
      );
      const options = { connections: settings.connections, durationS: settings.durationS, conditionalShare: settings.conditionalShare };
      const phases: PhaseReport[] = [];

      const readMemory = sampleMemory(server.pid);
      const readOnly = await runMix(server.origin, mix, { ...options, seed: 1 });
      phases.push({ phase: "public GETs only", mix: readOnly, memory: readMemory.stop() });

      const publishMemory = sampleMemory(server.pid);
      const publisher = await signInPublisher(server.origin, ADMIN);
      // Publishing starts with the measured part, once every connection is up.
      const withPublishes = await runMix(server.origin, mix, { ...options, seed: 2, onSteady: () => publisher.start() });
      const publishes = await publisher.stop();
      phases.push({ phase: "same + a publish every second", mix: withPublishes, memory: publishMemory.stop() });

      say();
      sayPhases(say, phases);
      sayRampUps(say, phases);
      say();
      sayPublishes(say, publishes);
      for (const { phase, mix: result } of phases) {
        say();
        say(`By route group, ${phase}:`);
        sayGroups(say, result);
        sayErrors(say, phase, result, server.stderr());
      }
      const problems = phases.filter((p) => p.mix.errors > 0).map((p) => `${p.mix.errors} errors in "${p.phase}"`);
      for (const { phase, mix: result } of phases) {
        const { connectionErrors, httpErrors } = result.rampUp;
        if (connectionErrors + httpErrors > 0) problems.push(`ramp-up of "${phase}" (not in its figures): ${connectionErrors} connection errors (${result.rampUp.timeouts} timeouts), ${httpErrors} 4xx/5xx`);
      }
      if (publishes.succeeded < publishes.attempted) problems.push(`${publishes.attempted - publishes.succeeded} of ${publishes.attempted} publishes failed`);
      if (publishes.visible < publishes.succeeded) problems.push(`${publishes.succeeded - publishes.visible} published announcements not visible on the home list`);
      const gone = server.exited();
      if (gone) problems.push(`the server stopped during the run (${gone})`);
      return problems;
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.drop();
  }
}
