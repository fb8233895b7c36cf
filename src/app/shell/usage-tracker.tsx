import { useEffect } from "react";
import { useLocation } from "react-router-dom";
import type { UsageEvent } from "../../shared/schemas/usage";
import { usage } from "../lib/usage";
import { screenAt } from "../screens";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The usage events of opening a path: its screen, and the item when it is one. Unknown paths count nothing. */
export function eventsForPath(pathname: string): UsageEvent[] {
  const at = screenAt(pathname);
  if (!at?.screen.usage) return [];
  const events: UsageEvent[] = [{ type: "screen", screen: at.screen.usage }];
  // A ":param" part is the item the resident opened (the router has decoded it).
  const id = Object.values(at.params)[0] ?? "";
  const opens = at.screen.opens;
  // Only well-formed ids: one bad event would make the server refuse the whole batch.
  if (opens && SLUG.test(id) && id.length <= 80) events.push({ type: "open", kind: opens, id });
  return events;
}

/** Counts every screen the resident opens (inside the router; renders nothing). */
export function UsageTracker() {
  const { pathname } = useLocation();
  useEffect(() => {
    for (const event of eventsForPath(pathname)) usage.track(event);
  }, [pathname]);
  return null;
}
