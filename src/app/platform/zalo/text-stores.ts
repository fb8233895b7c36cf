import { ZaloError } from "../zalo-error";
import { callSdk } from "./sdk";

// Where stored text lives: Zalo's native storage inside Zalo, localStorage in a browser.

export interface TextStore {
  read(key: string): Promise<string | null>;
  write(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export function emptyToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === "" ? null : text;
}

/**
 * Zalo's native storage (5 MB per app, shared with the app's other sessions). `nativeStorage` is
 * synchronous in zmp-sdk 2.x and throws CLIENT_NOT_SUPPORT on Zalo builds older than it; the
 * deprecated async getStorage/setStorage work there.
 */
export const zaloStore: TextStore = {
  async read(key) {
    try {
      return emptyToNull(await callSdk("nativeStorage.getItem", (sdk) => sdk.nativeStorage.getItem(key)));
    } catch {
      const stored = await callSdk("getStorage", (sdk) => sdk.getStorage({ keys: [key] }));
      const value: unknown = stored[key];
      return typeof value === "string" ? emptyToNull(value) : null;
    }
  },
  async write(key, text) {
    try {
      await callSdk("nativeStorage.setItem", (sdk) => {
        sdk.nativeStorage.setItem(key, text);
      });
    } catch {
      const { errorKeys } = await callSdk("setStorage", (sdk) => sdk.setStorage({ data: { [key]: text } }));
      if (errorKeys.length > 0) throw new ZaloError("unknown", `setStorage refused ${key}`, { api: "setStorage" });
    }
  },
  async remove(key) {
    try {
      await callSdk("nativeStorage.removeItem", (sdk) => {
        sdk.nativeStorage.removeItem(key);
      });
    } catch {
      await callSdk("removeStorage", (sdk) => sdk.removeStorage({ keys: [key] }));
    }
  },
};

/** localStorage; even reading `window.localStorage` throws when the browser blocks site data. */
export const browserStore: TextStore = {
  read: (key) => Promise.resolve().then(() => window.localStorage.getItem(key)),
  write: (key, text) =>
    Promise.resolve().then(() => {
      window.localStorage.setItem(key, text);
    }),
  remove: (key) =>
    Promise.resolve().then(() => {
      window.localStorage.removeItem(key);
    }),
};
