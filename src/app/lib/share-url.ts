import { isInsideZalo } from "../platform/zalo";
import { WEB_APP_ID } from "../config";

/**
 * A link that opens `path` of the app: Zalo's deep link inside Zalo (opens the mini app in chat),
 * the web address of this page's app otherwise.
 */
export function shareUrlFor(path: string): string {
  const appId = window.APP_ID || WEB_APP_ID;
  if (isInsideZalo()) return `https://zalo.me/s/${appId}${path}`;
  const base = import.meta.env.PROD ? `/zapps/${appId}` : "";
  return `${window.location.origin}${base}${path}`;
}
