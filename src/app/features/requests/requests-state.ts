import { useSyncExternalStore } from "react";
import { deviceStorage } from "../../lib/device-store/store";
import { createRequestStore, type RequestStoreSnapshot } from "./request-store";
import { sendRequest } from "./requests-api";

const RETRY_AFTER_MS = 30_000;
let retryTimer: number | undefined;

/** The app's one outbox: sent through the real API, retried every half minute while something waits. */
export const requestStore = createRequestStore({
  storage: deviceStorage,
  send: sendRequest,
  scheduleRetry: (flush) => {
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(flush, RETRY_AFTER_MS);
  },
});

export function useRequestStore(): RequestStoreSnapshot {
  const snapshot = useSyncExternalStore(requestStore.subscribe, requestStore.getSnapshot);
  if (!snapshot.loaded) void requestStore.load();
  return snapshot;
}
