import { useEffect } from "react";
import { useRecoilCallback, type RecoilValue, type Snapshot } from "recoil";
import { onAppResume } from "../platform/zalo";
import { announcementPageQuery, announcementQuery, LATEST_ON_HOME, LIST_FIRST_PAGE } from "../features/announcements/announcements-state";
import { wardQuery } from "../lib/ward-state";

const PREFETCH_DELAY_MS = 4_000;

// Loaded on demand: the states pull in the search code and the APIs of every area, which must not
// weigh on the first screen.
async function warmAreas(snapshot: Snapshot): Promise<void> {
  const [guides, teams, procedures, search] = await Promise.all([
    import("../features/guides/guides-state"),
    import("../features/teams/teams-state"),
    import("../features/procedures/procedures-state"),
    import("../features/search/search-state"),
  ]);
  const load = <T,>(value: RecoilValue<T>) => snapshot.getPromise(value);
  // The announcement list and every announcement in it: a notice read on the bus must open later without signal.
  const list = await load(announcementPageQuery(LIST_FIRST_PAGE));
  await Promise.allSettled(list.items.map((a) => load(announcementQuery(a.id))));
  const lists = await Promise.all(guides.LISTED_GUIDE_TOPICS.map((topic) => load(guides.guideListQuery(topic))));
  await Promise.allSettled([load(teams.areasQuery), load(teams.contactsQuery), load(procedures.procedureCatalogueState)]);
  // Every team with its members (a ward has a handful): the resident's own team first.
  const [teamList, myArea, areas] = await Promise.all([load(teams.teamListQuery), load(teams.myAreaState), load(teams.areasQuery)]);
  const mine = areas.items.find((a) => a.id === myArea)?.teamId ?? null;
  const ids = [...new Set([...(mine ? [mine] : []), ...teamList.items.map((t) => t.id)])];
  await Promise.allSettled(ids.map((id) => load(teams.teamQuery(id))));
  // Guides last: the VNeID steps are what a resident needs at the police desk, where the signal is often worst.
  await Promise.allSettled([load(search.searchTermsQuery)]);
  await Promise.allSettled(lists.flatMap((l) => l.items).map((g) => load(guides.guideQuery(g.slug))));
}

/** Back in the app after this long, what home shows is asked for again. */
const STALE_AFTER_MS = 5 * 60_000;

/**
 * A few seconds after the first screen, loads what the four areas show first (each answer is kept
 * on the device by getJson), so the next open without signal has content everywhere, not errors.
 */
export function DataPrefetch(): null {
  const warm = useRecoilCallback(({ snapshot }) => () => {
    const release = snapshot.retain();
    warmAreas(snapshot)
      .catch(() => undefined) // no signal now: the screens will ask again when opened
      .finally(release);
  });
  useEffect(() => {
    const timer = window.setTimeout(warm, PREFETCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [warm]);
  // Coming back to the app (Zalo's resume event, or the tab becoming visible): after a while away,
  // home's ward and announcements are asked for again and the saved copies renewed.
  const refresh = useRecoilCallback(({ refresh: refreshValue }) => () => {
    refreshValue(wardQuery);
    refreshValue(announcementPageQuery(LATEST_ON_HOME));
    refreshValue(announcementPageQuery(LIST_FIRST_PAGE));
    warm();
  });
  useEffect(() => {
    let last = Date.now();
    return onAppResume(() => {
      if (Date.now() - last < STALE_AFTER_MS) return;
      last = Date.now();
      refresh();
    });
  }, [refresh]);
  return null;
}
