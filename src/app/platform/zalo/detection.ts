/**
 * zmp-sdk's `appEnv.isMp` rule (apis/appEnv/getEnv.js, constants `mpDomain` and `mpPath`): only
 * on this host and path (or with `?env=TESTING_LOCAL`, Zalo's on-device dev mode) does the SDK
 * route calls to the native bridge; elsewhere it fakes or rejects.
 */
const ZALO_MINI_APP_HOST = "h5.zdn.vn";
const ZALO_MINI_APP_PATH = "/zapps";
const ZALO_DEV_ENV = "TESTING_LOCAL";

interface ZaloBridgeWindow {
  ZaloJavaScriptInterface?: unknown;
}

/**
 * zmp-sdk sends every native call through the global `ZaloJavaScriptInterface.jsCall` (Android
 * and iOS alike; it never uses `webkit.messageHandlers`). When the global is missing the SDK's
 * call path throws a ReferenceError inside a timer and the caller's promise never settles — the
 * "hangs forever" case.
 */
function hasNativeBridge(): boolean {
  const bridge = (window as unknown as ZaloBridgeWindow).ZaloJavaScriptInterface;
  return bridge !== undefined && bridge !== null;
}

function isServedAsZaloMiniApp(): boolean {
  const { hostname, pathname, search } = window.location;
  // `includes`, not `endsWith`: this mirrors the SDK's own check exactly.
  if (!hostname.includes(ZALO_MINI_APP_HOST)) return false;
  return pathname.startsWith(ZALO_MINI_APP_PATH) || new URLSearchParams(search).get("env") === ZALO_DEV_ENV;
}

/**
 * The SDK answers CLIENT_NOT_SUPPORT to native calls from a non-mobile user agent, and reads the
 * Zalo version (which gates nativeStorage and other newer APIs) from the text after "zalo".
 */
function hasZaloMobileUserAgent(): boolean {
  const agent = navigator.userAgent.toLowerCase();
  return /zalo/.test(agent) && /android|iphone|ipad|ipod|ios/.test(agent);
}

function detectInsideZalo(): boolean {
  if (typeof window === "undefined" || typeof navigator === "undefined") return false;
  // All three must hold: a false "inside" breaks every feature (calls hang or reject), while a
  // false "outside" still leaves the browser fallbacks working.
  return hasNativeBridge() && isServedAsZaloMiniApp() && hasZaloMobileUserAgent();
}

let insideZaloMemo: boolean | undefined;

/** Whether the app runs inside the Zalo app with a working native bridge. Decided once per page. */
export function isInsideZalo(): boolean {
  insideZaloMemo ??= detectInsideZalo();
  return insideZaloMemo;
}

/** FOR TESTS ONLY (see test-reset.ts): detect again on the next call. */
export function forgetDetection(): void {
  insideZaloMemo = undefined;
}
