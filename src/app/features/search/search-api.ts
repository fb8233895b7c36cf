import { call, read } from "../../lib/api";
import { toApiRequestError } from "../../lib/http";
import { searchContracts } from "../../../shared/api/search";
import type { SearchResult } from "../../../shared/schemas/search";

/** The server's search. Not kept as a saved copy: each query would push a useful answer out of the 60 kept. */
export async function fetchSearch(slug: string, q: string, limit: number): Promise<SearchResult> {
  try {
    return await call(searchContracts.search, { params: { ward: slug }, query: { q, limit } });
  } catch (error) {
    throw toApiRequestError(error);
  }
}

/** The ward's own search words, kept on the device so that the offline search knows them too. */
export const fetchSearchTerms = (ward: string) => read(searchContracts.terms, { params: { ward } });
