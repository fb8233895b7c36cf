import { WardParamsSchema } from "../schemas/common";
import { ManagedSearchTermsSchema, PublicSearchTermsSchema, SearchMissesQuerySchema, SearchMissesSchema, SearchQuerySchema, SearchResultSchema, SearchTermsPutSchema } from "../schemas/search";
import { contract } from "./contract";
import { MISSING, PUBLIC_READ, STALE, STAFF } from "./error-codes";

const STAFF_ERRORS = { ...STAFF, 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED", "BAD_SEARCH_TERMS"] } as const;

export const searchContracts = {
  search: contract({
    method: "GET",
    path: "/wards/:ward/search",
    tags: ["search"],
    summary: "One search over procedures, guides, announcements, teams, areas and contacts, ranked; residents' words, typos and missing diacritics understood",
    params: WardParamsSchema,
    query: SearchQuerySchema,
    response: { 200: SearchResultSchema },
    errors: PUBLIC_READ,
  }),
  terms: contract({
    method: "GET",
    path: "/wards/:ward/search-terms",
    tags: ["search"],
    summary: "The ward's own search words and situations (the app adds them to its offline search)",
    params: WardParamsSchema,
    response: { 200: PublicSearchTermsSchema },
    errors: PUBLIC_READ,
  }),
  manageTerms: contract({
    method: "GET",
    path: "/wards/:ward/manage/search-terms",
    tags: ["staff"],
    summary: "The ward's search words and situations with their version (staff)",
    params: WardParamsSchema,
    response: { 200: ManagedSearchTermsSchema },
    errors: STAFF_ERRORS,
  }),
  putTerms: contract({
    method: "PUT",
    path: "/wards/:ward/search-terms",
    tags: ["staff"],
    summary: "Replace the ward's search words and situations (version null for the first save)",
    params: WardParamsSchema,
    body: SearchTermsPutSchema,
    response: { 200: ManagedSearchTermsSchema },
    errors: STAFF_ERRORS,
  }),
  misses: contract({
    method: "GET",
    path: "/wards/:ward/manage/search-misses",
    tags: ["staff"],
    summary: "Searches that found nothing, per day (query text and count only)",
    params: WardParamsSchema,
    query: SearchMissesQuerySchema,
    response: { 200: SearchMissesSchema },
    errors: STAFF_ERRORS,
  }),
} as const;
