import type { RecoilValue } from "recoil";
import { GUIDE_TOPICS } from "../../../shared/schemas/guide";
import type { SearchResult } from "../../../shared/schemas/search";
import { createSiteSearch, type SiteHit, type SiteSearchSources } from "../../../shared/search/site-search";
import { withWardTerms } from "../../../shared/search/synonyms";
import { announcementPageQuery, LATEST_ON_HOME } from "../announcements/announcements-state";
import { guideListQuery, guideQuery } from "../guides/guides-state";
import { procedureCatalogueState } from "../procedures/procedures-state";
import { areasQuery, contactsQuery, teamListQuery } from "../teams/teams-state";
import { searchTermsQuery } from "./search-state";

// The same search the server runs, over what the phone keeps (every answer it received, and what
// DataPrefetch loads a few seconds after home): it answers with no signal at all.

type Load = <T>(value: RecoilValue<T>) => Promise<T>;

/** The value, or null when neither the network nor a saved copy has it: search what there is. */
const optional = async <T>(promise: Promise<T>): Promise<T | null> => promise.catch(() => null);

async function savedSources(load: Load): Promise<{ sources: SiteSearchSources; terms: Parameters<typeof withWardTerms>[0] }> {
  const [catalogue, lists, announcements, teams, areas, contacts, terms] = await Promise.all([
    optional(load(procedureCatalogueState)),
    Promise.all(GUIDE_TOPICS.map((topic) => optional(load(guideListQuery(topic))))),
    optional(load(announcementPageQuery(LATEST_ON_HOME))),
    optional(load(teamListQuery)),
    optional(load(areasQuery)),
    optional(load(contactsQuery)),
    optional(load(searchTermsQuery)),
  ]);
  const summaries = lists.flatMap((list) => list?.items ?? []);
  // A guide's steps make it findable by its problems; the summary is enough when they are not kept.
  const guides = await Promise.all(summaries.map(async (g) => (await optional(load(guideQuery(g.slug)))) ?? g));
  return {
    sources: {
      procedures: catalogue?.items ?? [],
      guides,
      announcements: announcements?.items ?? [],
      teams: teams?.items ?? [],
      areas: areas?.items ?? [],
      contacts: contacts ?? null,
    },
    terms: terms?.entries ?? [],
  };
}

const toItem = ({ kind, id, title, snippet, terms }: SiteHit) => ({ kind, id, title, snippet, terms });

export async function searchSavedCopies(load: Load, q: string, limit: number, suggestions: number): Promise<SearchResult> {
  const { sources, terms } = await savedSources(load);
  const search = createSiteSearch(sources, withWardTerms(terms));
  const items = search.search(q, limit).map(toItem);
  return { items, suggestions: items.length > 0 ? [] : search.closest(q, suggestions).map(toItem) };
}
