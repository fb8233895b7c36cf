import { WARD_SLUG } from "../config";
import { usageContracts } from "../../shared/api/usage";
import { deviceStorage } from "./device-store/store";
import { call } from "./api";
import { isAxiosError } from "./http";
import { createUsageReporter, UsageRejected } from "./usage-events";

/** The app's one usage reporter, sending to this ward's API; `usage.track({...})` from any screen. */
export const usage = createUsageReporter({
  store: deviceStorage,
  send: async (day, events) => {
    try {
      await call(usageContracts.events, { params: { ward: WARD_SLUG }, body: { day, events } });
    } catch (error) {
      const status = isAxiosError(error) ? error.response?.status : undefined;
      // 429 and 5xx may pass later; any other refusal would be refused again.
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) throw new UsageRejected(String(status));
      throw error;
    }
  },
});

if (typeof window !== "undefined") {
  // Send when the signal comes back, and when the resident leaves the app.
  window.addEventListener("online", () => void usage.flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void usage.flush();
  });
}
