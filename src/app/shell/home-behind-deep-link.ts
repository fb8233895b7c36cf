/**
 * A visit that starts on an inner screen (a shared link, a deep link from a Zalo message, a
 * notification) has nothing of ours behind it: the phone's back button or gesture would close the
 * mini app or show a blank page. Before the router starts, home is put underneath the first
 * screen, so back leads home. The entries carry react-router's `idx` so its own back/forward
 * bookkeeping (and useGoBack) stays right.
 *
 * `base` is the router's base path ("" in development, "/zapps/<APP_ID>" in a production build).
 */
export function putHomeBehindDeepLink(base: string): void {
  const { pathname, search, hash } = window.location;
  const home = `${base}/`;
  const inner = pathname !== home && pathname !== base && pathname.startsWith(`${base}/`);
  const state = window.history.state as { idx?: unknown } | null;
  // Only on a fresh visit: a reload keeps the history it already has.
  if (!inner || typeof state?.idx === "number") return;
  window.history.replaceState({ usr: null, key: "home", idx: 0 }, "", home);
  window.history.pushState({ usr: null, key: "entry", idx: 1 }, "", `${pathname}${search}${hash}`);
}

/** The base path zmp-ui's router uses (ZMPRouter.js: /zapps/<APP_ID> in production, else window.BASE_PATH). */
export function routerBase(production: boolean): string {
  if (production) return `/zapps/${String(window.APP_ID)}`;
  return (window as { BASE_PATH?: string }).BASE_PATH ?? "";
}
