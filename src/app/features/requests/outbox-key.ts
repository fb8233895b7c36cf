import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { storedName } from "../../lib/device-store/stored-key";

// Tiny on purpose: the shell reads it at start to decide whether to load the sending code at all.
// The outbox takes an AppStorage (tests give it one in memory), so it names its keys.
export const OUTBOX_KEY = storedName(DEVICE_KEYS.requestsOutbox, undefined);
export const SENT_KEY = storedName(DEVICE_KEYS.requestsSent, undefined);
