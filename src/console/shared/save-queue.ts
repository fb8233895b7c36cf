import type { MutableRefObject } from "react";

/**
 * Runs writes to one versioned thing one after another. Each write reads the version the previous
 * one returned when it starts, not when it was asked for: an autosave that fires while "Đăng ngay"
 * is saving waits for it, then finds nothing left to send, instead of racing it with an old version.
 */
export function enqueue<R>(queue: MutableRefObject<Promise<unknown>>, task: () => Promise<R>): Promise<R> {
  const run = queue.current.then(task);
  queue.current = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}
