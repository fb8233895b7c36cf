import { readFileSync, writeFileSync } from "node:fs";

const SAMPLE_EVERY_MS = 200;

/** Reads one "VmRSS:   123456 kB" line of /proc/<pid>/status, in bytes; null once the process is gone. */
export function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export type MemoryReport = {
  /** Highest resident set size seen by sampling every 200 ms during the phase. */
  peakSampledRss: number;
  /** The kernel's own peak (VmHWM) at the end: since this phase when it could be reset, else since start. */
  highWaterMark: number | null;
  highWaterMarkSincePhase: boolean;
  samples: number;
};

/**
 * Watches the server's memory during one phase. Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0,
 * allowed for our own child), so the kernel's peak covers this phase and not the start-up before it.
 */
export function sampleMemory(pid: number): { stop(): MemoryReport } {
  let highWaterMarkSincePhase = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    highWaterMarkSincePhase = true;
  } catch {
    // Not allowed here: VmHWM then covers the process's whole life, which the report says.
  }
  let peak = statusKb(pid, "VmRSS") ?? 0;
  let samples = 1;
  const timer = setInterval(() => {
    const rss = statusKb(pid, "VmRSS");
    if (rss === null) return;
    samples++;
    if (rss > peak) peak = rss;
  }, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return { peakSampledRss: peak, highWaterMark: statusKb(pid, "VmHWM"), highWaterMarkSincePhase, samples };
    },
  };
}
