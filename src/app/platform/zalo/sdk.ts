/**
 * Calling zmp-sdk: loaded lazily and only inside Zalo, each call with a timeout and typed errors,
 * and the "SDK inside Zalo, browser way otherwise" switch every feature uses.
 */
import type * as ZmpSdk from "zmp-sdk/apis";
import { ZaloError, isZaloError, toZaloError } from "../zalo-error";
import { isInsideZalo } from "./detection";

export type Sdk = typeof ZmpSdk;

/** Long enough for Zalo's native side to answer a plain call, short enough that a tap never feels dead. */
const DEFAULT_SDK_TIMEOUT_MS = 4_000;
/**
 * The share sheet and the QR scanner stay open while the user acts, and zmp-sdk registers
 * OPEN_SHARESHEET with no timeout of its own; a few minutes only guards against a lost callback.
 */
export const INTERACTIVE_TIMEOUT_MS = 5 * 60_000;
/** getUserID first fetches a token from Zalo's servers, over what may be a weak mobile signal. */
export const USER_ID_TIMEOUT_MS = 10_000;

let sdkModule: Promise<Sdk> | undefined;

/**
 * The SDK is imported lazily and only inside Zalo: importing it runs `login()` at once, which on
 * any non-Zalo host rejects unhandled (-2000), and it is about an eighth of the bundle a browser
 * would download for nothing.
 */
export function loadSdk(): Promise<Sdk> {
  if (sdkModule === undefined) {
    const loading = import("zmp-sdk/apis");
    sdkModule = loading;
    // A failed chunk load (flaky network) must not poison every later call.
    loading.catch(() => {
      if (sdkModule === loading) sdkModule = undefined;
    });
  }
  return sdkModule;
}

interface CallOptions {
  timeoutMs?: number;
}

function unavailable(api: string, cause: unknown): ZaloError {
  return new ZaloError("unavailable", "zmp-sdk could not be loaded", { api, cause });
}

/**
 * Runs one SDK call with a timeout and typed errors. `run` may be synchronous (nativeStorage) and
 * may throw; either way the result settles exactly once. The timer starts before the SDK is
 * loaded, so a stuck chunk load also times out.
 */
export function callSdk<T>(api: string, run: (sdk: Sdk) => T | Promise<T>, options: CallOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SDK_TIMEOUT_MS;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ZaloError("timeout", `${api} did not answer within ${String(timeoutMs)} ms`, { api }));
    }, timeoutMs);
    loadSdk()
      .catch((cause: unknown) => Promise.reject(unavailable(api, cause)))
      .then(run)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (raw: unknown) => {
          clearTimeout(timer);
          reject(toZaloError(raw, api));
        },
      );
  });
}

/** Native answers reach us unchecked by the SDK, whatever its types say. */
export function fieldOf(value: unknown, field: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

export function isKind(error: unknown, kind: ZaloError["kind"]): boolean {
  return isZaloError(error) && error.kind === kind;
}

/**
 * Inside Zalo, use the SDK; if it says the API is unavailable (an older Zalo lacks it), the
 * browser way still works in Zalo's webview, so use that instead of failing. Other errors
 * (denied, rate-limited, timeout) are the caller's to explain.
 */
export async function inZaloElseBrowser<T>(inZalo: () => Promise<T>, inBrowser: () => T | Promise<T>): Promise<T> {
  if (isInsideZalo()) {
    try {
      return await inZalo();
    } catch (error) {
      if (!isKind(error, "unavailable")) throw error;
    }
  }
  return inBrowser();
}

/** FOR TESTS ONLY (see test-reset.ts): load the SDK again on the next call. */
export function forgetSdk(): void {
  sdkModule = undefined;
}

// Inside Zalo, load the SDK at startup as Zalo's templates do (its import logs in and registers
// the bridge's callbacks), so the first tap does not wait for it. Failures resurface on use.
if (isInsideZalo()) void loadSdk().catch(() => undefined);
