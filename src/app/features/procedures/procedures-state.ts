import { atom, selector, selectorFamily } from "recoil";
import { createProcedureSearch } from "../../../shared/search/procedure-search";
import { wardSlugState } from "../../lib/ward-state";
import { initialCatalogue, type CatalogueSnapshot } from "./catalogue-store";

export const procedureCatalogueState = atom<CatalogueSnapshot>({
  key: "procedureCatalogue",
  default: selector({ key: "procedureCatalogue/initial", get: ({ get }) => initialCatalogue(get(wardSlugState)) }),
});

/** The same search the API runs for `q`, over the copy on the device: it works offline. */
export const procedureSearchState = selector({
  key: "procedureSearch",
  get: ({ get }) => createProcedureSearch(get(procedureCatalogueState).items),
});

export const procedureBySlugQuery = selectorFamily({
  key: "procedureBySlug",
  get:
    (slug: string) =>
    ({ get }) =>
      get(procedureCatalogueState).items.find((p) => p.slug === slug) ?? null,
});
