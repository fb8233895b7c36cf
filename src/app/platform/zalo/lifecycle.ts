import { isInsideZalo } from "./detection";
import { loadSdk } from "./sdk";

/**
 * Calls `listener` when the resident comes back to the app (from another app, the home screen or
 * a locked phone): Zalo's AppResumed event inside Zalo, the page becoming visible outside. Returns
 * a function that stops listening.
 */
export function onAppResume(listener: () => void): () => void {
  if (isInsideZalo()) {
    let stopped = false;
    let off: (() => void) | undefined;
    loadSdk().then(
      (sdk) => {
        if (stopped) return;
        sdk.events.on(sdk.EventName.AppResumed, listener);
        off = () => sdk.events.off(sdk.EventName.AppResumed, listener);
      },
      () => undefined, // no SDK: nothing to listen to; the next open refreshes anyway
    );
    return () => {
      stopped = true;
      off?.();
    };
  }
  const onVisible = (): void => {
    if (document.visibilityState === "visible") listener();
  };
  document.addEventListener("visibilitychange", onVisible);
  return () => document.removeEventListener("visibilitychange", onVisible);
}
