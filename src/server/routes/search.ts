import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ErrorResponseSchema, WardParamsSchema } from "../../shared/schemas/common";
import {
  ManagedSearchTermsSchema,
  PublicSearchTermsSchema,
  SearchMissesQuerySchema,
  SearchMissesSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SearchTermsPutSchema,
} from "../../shared/schemas/search";
import type { SiteHit } from "../../shared/search/site-search";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { listSearchMisses, recordSearchMiss, wardSearch } from "../repositories/search";
import { requireWard } from "../repositories/wards";
import { loadSearchTerms } from "../repositories/search-terms";
import { saveSearchTerms } from "../services/search-terms";
import { serviceContext } from "./service-context";
import { PUBLIC_CACHE } from "./wards";

const ERRORS = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 422: ErrorResponseSchema };
const SUGGESTIONS = 5;
// Every search reaches the server (no shared cache, no micro-cache), so that each one that finds
// nothing is counted; an ETag still turns a repeat into a 304.
const SEARCH_CACHE = "private, no-cache";

const toItem = ({ kind, id, title, snippet, terms }: SiteHit) => ({ kind, id, title, snippet, terms });

export const searchRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    "/wards/:ward/search",
    {
      schema: {
        tags: ["search"],
        summary: "One search over procedures, guides, announcements, teams, areas and contacts, ranked; residents' words, typos and missing diacritics understood",
        params: WardParamsSchema,
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { cacheControl: SEARCH_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      const now = app.clock();
      const search = await wardSearch(db, ward, now);
      const { q } = request.query;
      const items = search.search(q, request.query.limit ?? 20).map(toItem);
      if (items.length > 0 || q.trim() === "") return { items, suggestions: [] };
      await recordSearchMiss(db, ward.slug, q, now);
      return { items, suggestions: search.closest(q, SUGGESTIONS).map(toItem) };
    },
  );

  app.get(
    "/wards/:ward/search-terms",
    {
      schema: { tags: ["search"], summary: "The ward's own search words and situations (the app adds them to its offline search)", params: WardParamsSchema, response: { 200: PublicSearchTermsSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema } },
      config: { cacheControl: PUBLIC_CACHE },
    },
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return { entries: (await loadSearchTerms(db, ward.slug)).entries };
    },
  );
};

/** Staff side of the search: registered inside the staff scope (signed in, CSRF-checked). */
export const searchStaffRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  app.get(
    "/wards/:ward/manage/search-terms",
    { schema: { tags: ["staff"], summary: "The ward's search words and situations with their version (staff)", params: WardParamsSchema, response: { 200: ManagedSearchTermsSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return loadSearchTerms(db, ward.slug);
    },
  );

  app.put(
    "/wards/:ward/search-terms",
    { schema: { tags: ["staff"], summary: "Replace the ward's search words and situations (version null for the first save)", params: WardParamsSchema, body: SearchTermsPutSchema, response: { 200: ManagedSearchTermsSchema, ...ERRORS } } },
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return saveSearchTerms(ctx, ward.slug, request.body, staff);
    },
  );

  app.get(
    "/wards/:ward/manage/search-misses",
    { schema: { tags: ["staff"], summary: "Searches that found nothing, per day (query text and count only)", params: WardParamsSchema, querystring: SearchMissesQuerySchema, response: { 200: SearchMissesSchema, ...ERRORS } } },
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return { items: await listSearchMisses(db, ward.slug, request.query.days ?? 30, app.clock()) };
    },
  );
};
