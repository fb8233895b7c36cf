import Type, { type Static } from "typebox";
import { CursorSchema, IsoDateTimeSchema, LimitSchema, WardSlugSchema } from "./common";
import {
  OnlineLevelSchema,
  PublicProcedureProperties,
  ProcedureFieldSchema,
  ProcedureHandlerSchema,
  ProcedureSlugSchema,
  PROCEDURE_FIELDS,
} from "./procedure";
import { ProcedureConfirmationsSchema } from "./procedure-confirmation";
import { OfficeSchema } from "./ward";

/** The ward's own part of a procedure: where to file it here, and a local note. */
export const WardProcedurePartSchema = Type.Object(
  {
    office: Type.Union([OfficeSchema, Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    popularRank: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type WardProcedurePart = Static<typeof WardProcedurePartSchema>;

export const ProcedureDetailSchema = Type.Object(
  {
    ...PublicProcedureProperties,
    ward: WardProcedurePartSchema,
    confirmations: ProcedureConfirmationsSchema,
    updatedAt: IsoDateTimeSchema,
  },
  { additionalProperties: false },
);
export type ProcedureDetail = Static<typeof ProcedureDetailSchema>;

export const ProcedureSummarySchema = Type.Object(
  {
    code: Type.Union([Type.String(), Type.Null()]),
    slug: ProcedureSlugSchema,
    name: Type.String(),
    field: ProcedureFieldSchema,
    summary: Type.String(),
    onlineLevel: OnlineLevelSchema,
    handledBy: ProcedureHandlerSchema,
    popularRank: Type.Union([Type.Integer(), Type.Null()]),
    matchedTerms: Type.Array(Type.String(), { description: "Normalised words that matched q, for highlighting" }),
  },
  { additionalProperties: false },
);
export type ProcedureSummary = Static<typeof ProcedureSummarySchema>;

export const ProcedurePageSchema = Type.Object(
  { items: Type.Array(ProcedureSummarySchema), nextCursor: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);
export type ProcedurePage = Static<typeof ProcedurePageSchema>;

export const ProcedureListQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 500, description: "Search words, with or without diacritics" })),
    field: Type.Optional(ProcedureFieldSchema),
    cursor: Type.Optional(CursorSchema),
    limit: Type.Optional(LimitSchema),
  },
  { additionalProperties: false },
);
export type ProcedureListQuery = Static<typeof ProcedureListQuerySchema>;

export const ProcedureParamsSchema = Type.Object({ ward: WardSlugSchema, slug: ProcedureSlugSchema }, { additionalProperties: false });

export const ProcedureFieldCountsSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object({ field: ProcedureFieldSchema, label: Type.String(), count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type ProcedureFieldCounts = Static<typeof ProcedureFieldCountsSchema>;

export const ProcedureCatalogueQuerySchema = Type.Object(
  { since: Type.Optional(Type.String({ format: "date-time", description: "Only procedures changed after this time" })) },
  { additionalProperties: false },
);

/** Everything the app keeps for offline use; with `since`, only what changed plus every current slug. */
export const ProcedureCatalogueSchema = Type.Object(
  {
    items: Type.Array(ProcedureDetailSchema),
    slugs: Type.Array(Type.String(), { description: "All current slugs, so a client can drop removed ones" }),
    generatedAt: IsoDateTimeSchema,
  },
  { additionalProperties: false },
);
export type ProcedureCatalogue = Static<typeof ProcedureCatalogueSchema>;

export const FIELD_ORDER = PROCEDURE_FIELDS;
