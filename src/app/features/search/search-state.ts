import { selector } from "recoil";
import { wardSlugState } from "../../lib/ward-state";
import { fetchSearchTerms } from "./search-api";

export const searchTermsQuery = selector({ key: "searchTerms", get: ({ get }) => fetchSearchTerms(get(wardSlugState)) });
