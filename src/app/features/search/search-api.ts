import { getJson, http, toApiRequestError } from "../../lib/http";
import type { PublicSearchTerms, SearchResult } from "../../../shared/schemas/search";

const ward = (slug: string) => `/wards/${encodeURIComponent(slug)}`;

/** The server's search. Not kept as a saved copy: each query would push a useful answer out of the 60 kept. */
export async function fetchSearch(slug: string, q: string, limit: number): Promise<SearchResult> {
  try {
    return (await http.get<SearchResult>(`${ward(slug)}/search`, { params: { q, limit } })).data;
  } catch (error) {
    throw toApiRequestError(error);
  }
}

/** The ward's own search words, kept on the device so that the offline search knows them too. */
export const fetchSearchTerms = (slug: string) => getJson<PublicSearchTerms>(`${ward(slug)}/search-terms`);
