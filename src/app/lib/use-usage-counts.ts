import { useEffect, useRef } from "react";
import { usage } from "./usage";

// Typing "khai sinh" passes through "k", "kh", "kha"…: only the query the resident stops at counts.
const SETTLED_MS = 1_500;

/** Counts a search once its text has settled: its area and number of results; the text only when nothing was found. */
export function useCountSearch(area: "procedures" | "guides" | "areas", query: string, results: number): void {
  useEffect(() => {
    const text = query.trim().slice(0, 100);
    if (!text) return;
    const timer = setTimeout(() => {
      usage.track(results === 0 ? { type: "search", area, results: 0, query: text } : { type: "search", area, results: Math.min(results, 100_000) });
    }, SETTLED_MS);
    return () => clearTimeout(timer);
  }, [area, query, results]);
}

/**
 * Counts the steps a resident marks done in a guide ("guide-step" with the step's number) and the
 * guide finished, so the office sees where residents stop. Progress already saved on the phone
 * when the page opens is not counted again.
 */
export function useCountGuideProgress(guide: string, done: number[], stepCount: number, loaded: boolean): void {
  const seen = useRef<Set<number> | null>(null);
  useEffect(() => {
    if (!loaded) return;
    if (seen.current === null) {
      seen.current = new Set(done);
      return;
    }
    const before = seen.current;
    const added = done.filter((step) => !before.has(step));
    for (const step of added) usage.track({ type: "guide-step", guide, step: step + 1 });
    if (added.length > 0 && done.length === stepCount && before.size < stepCount) usage.track({ type: "guide-finished", guide });
    seen.current = new Set(done);
  }, [guide, done, stepCount, loaded]);
}
