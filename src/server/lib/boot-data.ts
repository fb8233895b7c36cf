import { announcementContracts } from "../../shared/api/announcements";
import { urlOf } from "../../shared/api/contract";
import { wardContracts } from "../../shared/api/wards";
import type { Database } from "../db/database";
import { listVisibleAnnouncements } from "../repositories/announcements";
import { findWard } from "../repositories/wards";
import type { AnnouncementPage } from "../../shared/schemas/announcement";
import type { Ward } from "../../shared/schemas/ward";

/** Home's first answers: keyed as the app asks for them, and typed for the pre-rendered home. */
export type BootAnswers = { answers: Record<string, unknown>; ward: Ward | null; latest: AnnouncementPage | null; at: Date };

/** What home shows first, and the limit the app's home asks for (LATEST_ON_HOME). */
export const HOME_ANNOUNCEMENTS = 5;
const TTL_MS = 1_000;

/**
 * The answers home needs first (the ward, its latest announcements), keyed as the app keys its
 * requests, to inline into index.html: on a weak signal the first screen then waits for one
 * round trip (the page) plus the app's files, not two more for data. Only public answers, the
 * same the API gives anyone; cached for a second like the API's own answers.
 */
export function bootDataSource(db: Database, clock: () => Date): (ward: string) => Promise<BootAnswers> {
  const cache = new Map<string, { at: number; data: Promise<BootAnswers> }>();
  return (ward) => {
    const now = Date.now();
    const hit = cache.get(ward);
    if (hit && now - hit.at < TTL_MS) return hit.data;
    const data = (async () => {
      const at = clock();
      const found = await findWard(db, ward);
      if (!found) return { answers: {}, ward: null, latest: null, at };
      const page = await listVisibleAnnouncements(db, ward, { limit: HOME_ANNOUNCEMENTS }, at);
      // Keyed as the app keys its saved copies: the contract's path, then the query.
      const answers = { [urlOf(wardContracts.one, { params: { ward } })]: found, [`${urlOf(announcementContracts.list, { params: { ward } })}?limit=${HOME_ANNOUNCEMENTS}`]: page };
      return { answers, ward: found, latest: page, at };
    })();
    data.catch(() => cache.delete(ward));
    cache.set(ward, { at: now, data });
    return data;
  };
}

/** JSON safe inside a <script> element: no "</script>", no "<!--", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
