import { useEffect } from "react";
import { useLocation } from "react-router-dom";
import type { UsageEvent } from "../../../shared/schemas/usage";
import { usage } from "../../lib/usage";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Screen names by path; a ":param" part is an item the resident opened.
const SCREENS: { path: RegExp; screen: string; opens?: "procedure" | "guide" | "announcement" }[] = [
  { path: /^\/$/, screen: "home" },
  { path: /^\/announcements$/, screen: "announcements" },
  { path: /^\/announcements\/([^/]+)$/, screen: "announcement", opens: "announcement" },
  { path: /^\/procedures$/, screen: "procedures" },
  { path: /^\/procedures\/saved$/, screen: "saved-procedures" },
  { path: /^\/procedures\/field\/[^/]+$/, screen: "procedure-field" },
  { path: /^\/procedures\/([^/]+)$/, screen: "procedure", opens: "procedure" },
  { path: /^\/vneid$/, screen: "vneid" },
  { path: /^\/vneid\/check$/, screen: "vneid-check" },
  { path: /^\/qr-payment$/, screen: "qr-payment" },
  { path: /^\/qr-payment\/check$/, screen: "qr-check" },
  { path: /^\/qr-payment\/shop$/, screen: "shop-qr" },
  { path: /^\/guides\/([^/]+)$/, screen: "guide", opens: "guide" },
  { path: /^\/guides\/[^/]+\/assist$/, screen: "guide-assist" },
  { path: /^\/teams$/, screen: "teams" },
  { path: /^\/teams\/all$/, screen: "all-teams" },
  // Never the code: it is the resident's, not a content id.
  { path: /^\/requests\/new(?:\/[a-z]+)?$/, screen: "request-new" },
  { path: /^\/requests\/sent\/[^/]+$/, screen: "request-sent" },
  { path: /^\/requests\/mine$/, screen: "my-requests" },
  { path: /^\/requests\/mine\/[^/]+$/, screen: "my-request" },
  { path: /^\/answers$/, screen: "answers" },
];

/** The usage events of opening a path: its screen, and the item when it is one. Unknown paths count nothing. */
export function eventsForPath(pathname: string): UsageEvent[] {
  const path = pathname.replace(/\/+$/, "") || "/";
  for (const { path: pattern, screen, opens } of SCREENS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const events: UsageEvent[] = [{ type: "screen", screen }];
    const id = match[1] ? decodeURIComponent(match[1]) : "";
    // Only well-formed ids: one bad event would make the server refuse the whole batch.
    if (opens && SLUG.test(id) && id.length <= 80) events.push({ type: "open", kind: opens, id });
    return events;
  }
  return [];
}

/** Counts every screen the resident opens (inside the router; renders nothing). */
export function UsageTracker() {
  const { pathname } = useLocation();
  useEffect(() => {
    for (const event of eventsForPath(pathname)) usage.track(event);
  }, [pathname]);
  return null;
}
