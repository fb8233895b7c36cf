import { useEffect } from "react";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { readValue } from "../../lib/device-store/store";
import { onAppResume } from "../../platform/zalo";

async function sendIfWaiting(): Promise<void> {
  const outbox = await readValue(DEVICE_KEYS.requestsOutbox);
  if (!outbox?.some((e) => e.state === "waiting")) return;
  // Loaded only when something waits: the sending code stays out of the first screen's bundle.
  const { requestStore } = await import("./requests-state");
  await requestStore.flush();
}

/**
 * Sends requests written without signal: at app start, when the phone is online again and when
 * the resident comes back to the app. Renders nothing.
 */
export function OutboxSender(): null {
  useEffect(() => {
    const go = () => void sendIfWaiting().catch(() => undefined);
    go();
    window.addEventListener("online", go);
    const stop = onAppResume(go);
    return () => {
      window.removeEventListener("online", go);
      stop();
    };
  }, []);
  return null;
}
