import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { searchContracts } from "../../shared/api/search";
import type { SiteHit } from "../../shared/search/site-search";
import type { Database } from "../db/database";
import { requireStaff } from "../plugins/auth";
import { listSearchMisses, recordSearchMiss, wardSearch } from "../repositories/search";
import { requireWard } from "../repositories/wards";
import { loadSearchTerms } from "../repositories/search-terms";
import { saveSearchTerms } from "../services/search-terms";
import { serve } from "./serve";
import { serviceContext } from "./service-context";
import { PUBLIC_CACHE } from "./wards";

const SUGGESTIONS = 5;
// Every search reaches the server (no shared cache, no micro-cache), so that each one that finds
// nothing is counted; an ETag still turns a repeat into a 304.
const SEARCH_CACHE = "private, no-cache";

const toItem = ({ kind, id, title, snippet, terms }: SiteHit) => ({ kind, id, title, snippet, terms });

export const searchRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  serve(
    app,
    searchContracts.search,
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
    { config: { cacheControl: SEARCH_CACHE } },
  );

  serve(
    app,
    searchContracts.terms,
    async (request) => {
      const ward = await requireWard(db, request.params.ward);
      return { entries: (await loadSearchTerms(db, ward.slug)).entries };
    },
    { config: { cacheControl: PUBLIC_CACHE } },
  );
};

/** Staff side of the search: registered inside the staff scope (signed in, CSRF-checked). */
export const searchStaffRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  serve(
    app,
    searchContracts.manageTerms,
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return loadSearchTerms(db, ward.slug);
    },
  );

  serve(
    app,
    searchContracts.putTerms,
    async (request) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return saveSearchTerms(ctx, ward.slug, request.body, staff);
    },
  );

  serve(
    app,
    searchContracts.misses,
    async (request) => {
      requireStaff(request, { ward: request.params.ward });
      const ward = await requireWard(db, request.params.ward);
      return { items: await listSearchMisses(db, ward.slug, request.query.days ?? 30, app.clock()) };
    },
  );
};
