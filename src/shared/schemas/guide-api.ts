import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, WardSlugSchema } from "./common";
import { GuideAudienceSchema, GuideSlugSchema, GuideTopicSchema, PublicGuideProperties } from "./guide";
import { OfficeSchema } from "./ward";

export const GuideSummarySchema = Type.Object(
  {
    slug: GuideSlugSchema,
    title: Type.String(),
    topic: GuideTopicSchema,
    audience: GuideAudienceSchema,
    summary: Type.String(),
    stepCount: Type.Integer({ minimum: 1 }),
    timeNeeded: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type GuideSummary = Static<typeof GuideSummarySchema>;

export const GuideListSchema = Type.Object({ items: Type.Array(GuideSummarySchema) }, { additionalProperties: false });
export type GuideList = Static<typeof GuideListSchema>;

export const GuideListQuerySchema = Type.Object({ topic: Type.Optional(GuideTopicSchema) }, { additionalProperties: false });

export const GuideParamsSchema = Type.Object({ ward: WardSlugSchema, slug: GuideSlugSchema }, { additionalProperties: false });

/** A guide with what only the ward knows: its police office (VNeID level 2) and hotline. */
export const GuideDetailSchema = Type.Object(
  {
    ...PublicGuideProperties,
    ward: Type.Object(
      {
        policeOffice: Type.Union([OfficeSchema, Type.Null()]),
        hotline: Type.Union([Type.String(), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    updatedAt: IsoDateTimeSchema,
  },
  { additionalProperties: false },
);
export type GuideDetail = Static<typeof GuideDetailSchema>;
