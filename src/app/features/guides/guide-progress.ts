import { useStoredState } from "../../lib/use-stored-state";
import { DEVICE_KEYS } from "../../lib/device-store/keys";

/** Where a resident is in a guide: the open step (0-based) and the steps marked done. */
export type GuideProgress = { current: number; done: number[] };

const EMPTY: GuideProgress = { current: 0, done: [] };

export function useGuideProgress(slug: string, stepCount: number) {
  const [progress, setProgress, loaded] = useStoredState(DEVICE_KEYS.guideProgress, slug, EMPTY);
  const clamp = (i: number) => Math.max(0, Math.min(stepCount - 1, i));
  return {
    progress: { current: clamp(progress.current), done: progress.done.filter((d) => d < stepCount) },
    loaded,
    open: (step: number) => setProgress((p) => ({ ...p, current: clamp(step) })),
    /** Marks a step done and moves on to the next one, as a resident expects after "Xong bước này". */
    complete: (step: number) =>
      setProgress((p) => ({ current: clamp(step + 1), done: p.done.includes(step) ? p.done : [...p.done, step].sort((a, b) => a - b) })),
    undo: (step: number) => setProgress((p) => ({ ...p, done: p.done.filter((d) => d !== step) })),
  };
}
