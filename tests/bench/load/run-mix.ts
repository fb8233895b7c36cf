import autocannon from "autocannon";
import { seededRandom } from "../../support/seeded-random";
import { percentile } from "../stats";
import type { MixEntry } from "./load-mix";

export type GroupResult = { group: string; requests: number; statuses: Map<number, number>; latenciesMs: number[] };

/** While the connections were still being accepted: not in the measured figures, but shown. */
export type RampUp = { seconds: number; requests: number; maxMs: number; connectionErrors: number; timeouts: number; httpErrors: number; allConnected: boolean };

export type MixResult = {
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors, timeouts included. */
  connectionErrors: number;
  timeouts: number;
  statuses: Map<number, number>;
  /** Connection errors + every 4xx and 5xx: must be 0. */
  errors: number;
  groups: GroupResult[];
  rampUp: RampUp;
};

type Sent = { entry: MixEntry; sentAt: number };

const TIMEOUT_S = 10;
const MAX_RAMP_UP_S = 60;

/**
 * `connections` clients, each request a weighted draw from the mix, a share of them with
 * If-None-Match. autocannon cycles through its `requests`; one entry whose setupRequest draws gives
 * a random mix instead of every connection walking the same list in step.
 *
 * The measured `durationS` starts once every connection has had an answer. autocannon opens all of
 * them at once, and a Node server that is already saturated by the first ones accepts about one new
 * connection per event-loop turn (tens a second), so the last ones wait seconds for their first
 * answer; that ramp-up is reported apart instead of being mixed into the steady-state figures.
 */
export async function runMix(
  origin: string,
  mix: readonly MixEntry[],
  options: { connections: number; durationS: number; conditionalShare: number; seed: number; onSteady?: () => void },
): Promise<MixResult> {
  const { connections, durationS, conditionalShare } = options;
  const random = seededRandom(options.seed);
  const totalWeight = mix.reduce((sum, e) => sum + e.weight, 0);
  const draw = (): MixEntry => {
    let left = random() * totalWeight;
    for (const entry of mix) if ((left -= entry.weight) < 0) return entry;
    return mix[mix.length - 1] as MixEntry;
  };
  const groups = new Map<string, GroupResult>();
  for (const entry of mix) {
    if (!groups.has(entry.group)) groups.set(entry.group, { group: entry.group, requests: 0, statuses: new Map(), latenciesMs: [] });
  }
  const started = performance.now();
  let steadyAt: number | null = null;
  let stoppedAt: number | null = null;
  const rampUp: RampUp = { seconds: 0, requests: 0, maxMs: 0, connectionErrors: 0, timeouts: 0, httpErrors: 0, allConnected: true };
  const steady = { connectionErrors: 0, timeouts: 0 };
  const inSteadyState = (sentAt: number) => steadyAt !== null && sentAt >= steadyAt && stoppedAt === null;
  // autocannon hands each connection's context to both callbacks; it is what ties a response to its request.
  const inFlight = new WeakMap<object, Sent>();

  let stopTimer: NodeJS.Timeout | undefined;
  await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        // An upper bound: the run is stopped `durationS` after the ramp-up.
        duration: MAX_RAMP_UP_S + durationS + TIMEOUT_S,
        timeout: TIMEOUT_S,
        requests: [
          {
            setupRequest: (request, context) => {
              const entry = draw();
              inFlight.set(context, { entry, sentAt: performance.now() });
              const conditional = entry.etag !== null && random() < conditionalShare;
              return {
                ...request,
                method: "GET",
                path: entry.path,
                // What the app's webview sends: JSON, compressed answers, and its cached copy's ETag.
                headers: { accept: "application/json", "accept-encoding": "gzip, deflate, br", ...(conditional && entry.etag ? { "if-none-match": entry.etag } : {}) },
              };
            },
            onResponse: (status, _body, context) => {
              const sent = inFlight.get(context);
              if (!sent) return;
              inFlight.delete(context);
              const latency = performance.now() - sent.sentAt;
              if (!inSteadyState(sent.sentAt)) {
                rampUp.requests++;
                rampUp.maxMs = Math.max(rampUp.maxMs, latency);
                if (status >= 400) rampUp.httpErrors++;
                return;
              }
              const group = groups.get(sent.entry.group);
              if (!group) return;
              group.requests++;
              group.statuses.set(status, (group.statuses.get(status) ?? 0) + 1);
              group.latenciesMs.push(latency);
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error as Error) : resolve(finished)),
    );
    const beginSteadyState = (allConnected: boolean) => {
      if (steadyAt !== null) return;
      steadyAt = performance.now();
      rampUp.seconds = (steadyAt - started) / 1000;
      rampUp.allConnected = allConnected;
      options.onSteady?.();
      stopTimer = setTimeout(() => {
        stoppedAt = performance.now();
        instance.stop();
      }, durationS * 1000);
    };
    const answered = new Set<object>();
    instance.on("response", (client) => {
      if (steadyAt !== null) return;
      answered.add(client);
      if (answered.size >= connections) beginSteadyState(true);
    });
    const rampLimit = setTimeout(() => beginSteadyState(false), MAX_RAMP_UP_S * 1000);
    instance.on("done", () => clearTimeout(rampLimit));
    instance.on("reqError", (error: unknown) => {
      const timedOut = error instanceof Error && error.message === "request timed out";
      // A timeout is reported TIMEOUT_S after its request was sent; it belongs where it was sent.
      const sentAt = performance.now() - (timedOut ? TIMEOUT_S * 1000 : 0);
      const tally = inSteadyState(sentAt) ? steady : rampUp;
      tally.connectionErrors++;
      if (timedOut) tally.timeouts++;
    });
  });
  clearTimeout(stopTimer);

  const statuses = new Map<number, number>();
  for (const group of groups.values()) for (const [status, count] of group.statuses) statuses.set(status, (statuses.get(status) ?? 0) + count);
  const httpErrors = [...statuses].filter(([status]) => status >= 400).reduce((sum, [, count]) => sum + count, 0);
  const latencies = [...groups.values()].flatMap((g) => g.latenciesMs);
  const measuredS = ((stoppedAt ?? performance.now()) - (steadyAt ?? started)) / 1000;
  return {
    durationS: measuredS,
    requests: latencies.length,
    requestsPerSecond: latencies.length / measuredS,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.reduce((max, l) => Math.max(max, l), 0),
    connectionErrors: steady.connectionErrors,
    timeouts: steady.timeouts,
    statuses,
    errors: steady.connectionErrors + httpErrors,
    groups: [...groups.values()],
    rampUp,
  };
}
