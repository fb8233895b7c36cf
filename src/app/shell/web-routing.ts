import { WEB_APP_ID } from "../config";

/**
 * zmp-ui's router uses the base path /zapps/<APP_ID> in every production build, because that is
 * where Zalo serves mini apps. Zalo sets APP_ID; a plain browser does not, so the built app would
 * route under /zapps/undefined and show nothing. Outside Zalo we set an id of our own and move the
 * address under that base once, keeping the path, so links like /announcements/3 still open.
 */
export function prepareWebRouting(insideZalo: boolean, production: boolean): void {
  if (!production || insideZalo) return;
  window.APP_ID = window.APP_ID || WEB_APP_ID;
  const base = `/zapps/${window.APP_ID}`;
  const { pathname, search, hash } = window.location;
  if (pathname === base || pathname.startsWith(`${base}/`)) return;
  window.history.replaceState(window.history.state, "", `${base}${pathname === "/" ? "/" : pathname}${search}${hash}`);
}
