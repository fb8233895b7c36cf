import { median, percentile } from "../stats";
import type { MemoryReport } from "./memory-sampler";
import type { PublishReport } from "./publisher";
import type { MixResult } from "./run-mix";
import type { ScalingRow } from "./scaling";

type Say = (line?: string) => void;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "–");
const mb = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const count = (value: number) => value.toLocaleString("en");
const max = (values: readonly number[]) => (values.length > 0 ? Math.max(...values) : Number.NaN);
const statusList = (statuses: Map<number, number>) =>
  [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${count(n)}`).join(", ");

export type PhaseReport = { phase: string; mix: MixResult; memory: MemoryReport };

export function sayPhases(say: Say, phases: readonly PhaseReport[]): void {
  say("| phase | requests | req/s | p50 ms | p99 ms | max ms | statuses | conn. errors (timeouts) | errors | server peak RSS (sampled / VmHWM) |");
  say("|---|---|---|---|---|---|---|---|---|---|");
  for (const { phase, mix, memory } of phases) {
    const hwm = `${mb(memory.highWaterMark)}${memory.highWaterMarkSincePhase ? "" : " since start"}`;
    say(
      `| ${phase} | ${count(mix.requests)} in ${mix.durationS.toFixed(0)} s | ${count(Math.round(mix.requestsPerSecond))} | ${ms(mix.p50Ms)} | ${ms(mix.p99Ms)} | ${ms(mix.maxMs)} | ${statusList(mix.statuses)} | ` +
        `${count(mix.connectionErrors)} (${count(mix.timeouts)}) | ${mix.errors === 0 ? "0" : `**${count(mix.errors)}**`} | ${mb(memory.peakSampledRss)} / ${hwm} |`,
    );
  }
}

/** The seconds before every connection had its first answer: shown, not mixed into the figures. */
export function sayRampUps(say: Say, phases: readonly PhaseReport[]): void {
  for (const { phase, mix } of phases) {
    const r = mix.rampUp;
    say(
      `Ramp-up of "${phase}" (not in the figures above): ${r.allConnected ? "every connection answered" : "NOT every connection answered"} after ${r.seconds.toFixed(1)} s; ` +
        `${count(r.requests)} answers, slowest ${ms(r.maxMs)} ms, ${count(r.connectionErrors)} connection errors (${count(r.timeouts)} timeouts), ${count(r.httpErrors)} 4xx/5xx.`,
    );
  }
}

export function sayGroups(say: Say, mix: MixResult): void {
  const total = mix.groups.reduce((sum, g) => sum + g.requests, 0);
  say("| route group | share | requests | p50 ms | p99 ms | statuses |");
  say("|---|---|---|---|---|---|");
  for (const g of mix.groups) {
    const share = total > 0 ? `${((100 * g.requests) / total).toFixed(0)}%` : "–";
    say(`| ${g.group} | ${share} | ${count(g.requests)} | ${ms(median(g.latenciesMs))} | ${ms(percentile(g.latenciesMs, 0.99))} | ${statusList(g.statuses)} |`);
  }
}

export function sayErrors(say: Say, phase: string, mix: MixResult, serverStderr: string): void {
  if (mix.errors === 0) return;
  say();
  say(`ERRORS in "${phase}": ${count(mix.errors)} (connection errors ${count(mix.connectionErrors)}, of which timeouts ${count(mix.timeouts)}; statuses ${statusList(mix.statuses)})`);
  for (const g of mix.groups) {
    const bad = [...g.statuses].filter(([status]) => status >= 400);
    if (bad.length > 0) say(`  ${g.group}: ${bad.map(([s, n]) => `${s} × ${count(n)}`).join(", ")}`);
  }
  const tail = serverStderr.trim().split("\n").slice(-10);
  if (tail.length > 0 && tail[0] !== "") say(`  server stderr (last lines):\n    ${tail.join("\n    ")}`);
}

export function sayPublishes(say: Say, report: PublishReport): void {
  const ok = report.succeeded === report.attempted && report.visible === report.succeeded;
  say(
    `Editor publishing once a second: ${report.attempted} attempted, ${report.succeeded} succeeded, ${report.visible} visible on the home list right after` +
      `${ok ? "" : "  ← NOT ALL"}; create p50 ${ms(median(report.createMs))} ms / max ${ms(max(report.createMs))} ms, ` +
      `publish p50 ${ms(median(report.publishMs))} ms / max ${ms(max(report.publishMs))} ms`,
  );
  for (const failure of report.failures.slice(0, 10)) say(`  FAILED: ${failure}`);
  if (report.failures.length > 10) say(`  … and ${report.failures.length - 10} more failures`);
}

export function sayScaling(say: Say, rows: readonly ScalingRow[]): void {
  say("| database | rows | route | requests | req/s | p50 ms | p99 ms | errors |");
  say("|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    say(`| ${r.database} | ${count(r.rows)} | ${r.route} | ${count(r.requests)} | ${count(Math.round(r.requestsPerSecond))} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors === 0 ? "0" : `**${count(r.errors)}**`} |`);
  }
}

/** Per database and route, the p50 at the largest size over the smallest: flat is about 1×. */
export function sayGrowth(say: Say, rows: readonly ScalingRow[]): void {
  const keys = [...new Set(rows.map((r) => `${r.database}\u0000${r.route}`))];
  for (const key of keys) {
    const series = rows.filter((r) => `${r.database}\u0000${r.route}` === key).sort((a, b) => a.rows - b.rows);
    const [first, last] = [series[0], series[series.length - 1]];
    if (!first || !last || first === last) continue;
    const ratio = first.p50Ms > 0 ? `×${(last.p50Ms / first.p50Ms).toFixed(1)}` : "–";
    say(`- ${first.database}, ${first.route}: p50 ${series.map((r) => `${r.p50Ms} ms`).join(" → ")} from ${count(first.rows)} to ${count(last.rows)} rows (${ratio})`);
  }
}
