import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, WardSlugSchema } from "./common";

const ClockTimeSchema = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, 24-hour" });

// One opening period that repeats every week; days use dayjs numbering (0 = Chủ nhật … 6 = thứ Bảy).
export const OpeningPeriodSchema = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { minItems: 1, maxItems: 7 }),
    open: ClockTimeSchema,
    close: ClockTimeSchema,
  },
  { additionalProperties: false },
);
export type OpeningPeriod = Static<typeof OpeningPeriodSchema>;

// A day the ward's offices do not receive people: a public holiday (Tết, 30/4, 1/5, 2/9, Giỗ Tổ),
// a compensatory day off, or a local closure. Kept as data the console edits each year, because the
// Government sets the exact days (and swaps) every year.
export const HolidaySchema = Type.Object(
  {
    date: Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", description: "YYYY-MM-DD, on the ward's clock" }),
    name: Type.String({ minLength: 2, maxLength: 80 }),
  },
  { additionalProperties: false },
);
export type Holiday = Static<typeof HolidaySchema>;

export const OfficeKindSchema = Type.Union([
  Type.Literal("people-committee"),
  Type.Literal("public-service-center"),
  Type.Literal("police"),
  Type.Literal("other"),
]);
export type OfficeKind = Static<typeof OfficeKindSchema>;

export const OfficeSchema = Type.Object(
  {
    id: Type.String(),
    kind: OfficeKindSchema,
    name: Type.String(),
    address: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    hours: Type.Array(OpeningPeriodSchema),
    note: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Office = Static<typeof OfficeSchema>;

export const FormerUnitSchema = Type.Object(
  { name: Type.String(), note: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const BrandingSchema = Type.Object(
  {
    title: Type.String(),
    color: Type.String({ pattern: "^#[0-9a-fA-F]{6}$" }),
    logoUrl: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The city's (or province's) own channel for reports the ward does not handle, e.g. Tổng đài 1022. */
export const CityChannelSchema = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 120, description: "e.g. Tổng đài 1022 và Cổng Góp ý Đà Nẵng" }),
    phone: Type.Union([Type.String({ pattern: "^[0-9 +().-]{3,20}$" }), Type.Null()]),
    url: Type.Union([Type.String({ maxLength: 300, description: "https address of the city's report page" }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type CityChannel = Static<typeof CityChannelSchema>;

export const WardSummarySchema = Type.Object(
  {
    slug: WardSlugSchema,
    name: Type.String(),
    province: Type.String(),
    isDemo: Type.Boolean({ description: "True when names, numbers and hours are illustrative" }),
  },
  { additionalProperties: false },
);
export type WardSummary = Static<typeof WardSummarySchema>;

export const WardListSchema = Type.Object({ items: Type.Array(WardSummarySchema) }, { additionalProperties: false });
export type WardList = Static<typeof WardListSchema>;

export const WardSchema = Type.Object(
  {
    slug: WardSlugSchema,
    name: Type.String(),
    province: Type.String(),
    isDemo: Type.Boolean(),
    formerUnits: Type.Array(FormerUnitSchema),
    hotline: Type.Union([Type.String(), Type.Null()]),
    zaloOaId: Type.Union([Type.String(), Type.Null()]),
    cityChannel: Type.Union([CityChannelSchema, Type.Null()], { description: "Where residents send reports that are the city's to handle; null when the ward has not named one" }),
    branding: BrandingSchema,
    offices: Type.Array(OfficeSchema),
    reviewPeriodDays: Type.Integer({ description: "Days a confirmation of a procedure part holds before the ward is asked to confirm it again" }),
    holidays: Type.Array(HolidaySchema, { description: "Days every office of the ward is closed" }),
    updatedAt: IsoDateTimeSchema,
    version: Type.Integer({ minimum: 1, description: "Send it back when changing the settings" }),
  },
  { additionalProperties: false },
);
export type Ward = Static<typeof WardSchema>;
