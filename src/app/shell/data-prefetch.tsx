import { useEffect } from "react";
import { useRecoilCallback, type RecoilValue, type Snapshot } from "recoil";

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
  const lists = await Promise.all((["vneid", "qr-payment", "scam"] as const).map((topic) => load(guides.guideListQuery(topic))));
  // Guides last: the VNeID steps are what a resident needs at the police desk, where the signal is often worst.
  await Promise.allSettled([load(teams.areasQuery), load(teams.teamListQuery), load(teams.contactsQuery), load(procedures.procedureCatalogueState), load(search.searchTermsQuery)]);
  await Promise.allSettled(lists.flatMap((list) => list.items).map((g) => load(guides.guideQuery(g.slug))));
}

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
  return null;
}
