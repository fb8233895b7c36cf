import Type, { type Static } from "typebox";
import { WardSlugSchema } from "./common";
import { SEARCH_KINDS } from "../search/site-search";

export const SearchKindSchema = Type.Enum(SEARCH_KINDS);

export const SearchQuerySchema = Type.Object(
  {
    q: Type.String({ maxLength: 200, description: "What the resident typed: words, a question or a situation; diacritics optional" }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, description: "How many results, 1 to 50" })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuerySchema>;

export const SearchItemSchema = Type.Object(
  {
    kind: SearchKindSchema,
    id: Type.String({ description: "Slug of a procedure or guide, id of an announcement, team, area or contact" }),
    title: Type.String(),
    snippet: Type.String({ description: "A line that says what the item is" }),
    terms: Type.Array(Type.String(), { description: "Normalised words of the item that matched, for highlighting whole words" }),
  },
  { additionalProperties: false },
);
export type SearchItem = Static<typeof SearchItemSchema>;

export const SearchResultSchema = Type.Object(
  {
    items: Type.Array(SearchItemSchema, { description: "Best first, every kind together" }),
    suggestions: Type.Array(SearchItemSchema, { description: "When items is empty: the closest items (“Có phải bạn tìm …”)" }),
  },
  { additionalProperties: false },
);
export type SearchResult = Static<typeof SearchResultSchema>;

const Phrase = Type.String({ minLength: 1, maxLength: 80 });
export const SEARCH_TARGET_PATTERN = "^(procedure|guide|announcement|team|area|contact):[a-z0-9]+(?:-[a-z0-9]+)*$";

/** One line of a ward's own search vocabulary: what residents type, what it means, what it should open. */
export const SearchTermEntrySchema = Type.Object(
  {
    typed: Type.Array(Phrase, { minItems: 1, maxItems: 20, description: "What residents type, e.g. “giấy đi đường”, “xác nhận hộ nghèo”" }),
    means: Type.Array(Phrase, { maxItems: 10, description: "Words the content uses for it (searched as well)" }),
    targets: Type.Array(Type.String({ pattern: SEARCH_TARGET_PATTERN, maxLength: 120 }), {
      maxItems: 10,
      description: "Items shown for it, as kind:id, e.g. procedure:dang-ky-tam-tru",
    }),
  },
  { additionalProperties: false },
);
export type SearchTermEntry = Static<typeof SearchTermEntrySchema>;

export const MAX_SEARCH_TERM_ENTRIES = 200;
const Entries = Type.Array(SearchTermEntrySchema, { maxItems: MAX_SEARCH_TERM_ENTRIES });

export const PublicSearchTermsSchema = Type.Object({ entries: Entries }, { additionalProperties: false });
export type PublicSearchTerms = Static<typeof PublicSearchTermsSchema>;

export const ManagedSearchTermsSchema = Type.Object(
  {
    ward: WardSlugSchema,
    entries: Entries,
    version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: "Null until the ward first saves its list" }),
    updatedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ManagedSearchTerms = Static<typeof ManagedSearchTermsSchema>;

export const SearchTermsPutSchema = Type.Object(
  {
    entries: Entries,
    version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: "The version you edited; null for the first save" }),
  },
  { additionalProperties: false },
);
export type SearchTermsPut = Static<typeof SearchTermsPutSchema>;

export const SearchMissesQuerySchema = Type.Object(
  { days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 30, description: "How many days back, 1 to 90" })) },
  { additionalProperties: false },
);
export const SearchMissesSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { day: Type.String({ description: "YYYY-MM-DD, the ward's day" }), query: Type.String(), count: Type.Integer({ minimum: 1 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SearchMisses = Static<typeof SearchMissesSchema>;
