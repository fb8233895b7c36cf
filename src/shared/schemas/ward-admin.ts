import Type, { type Static } from "typebox";
import { BrandingSchema, CityChannelSchema, FormerUnitSchema, HolidaySchema, OfficeSchema, OpeningPeriodSchema } from "./ward";

/** What an admin may change about the ward; offices and holidays are replaced as whole lists. */
export const WardPatchSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    province: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    hotline: Type.Optional(Type.Union([Type.String({ pattern: "^[0-9 +().-]{3,20}$" }), Type.Null()])),
    zaloOaId: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    cityChannel: Type.Optional(Type.Union([CityChannelSchema, Type.Null()])),
    branding: Type.Optional(BrandingSchema),
    formerUnits: Type.Optional(Type.Array(FormerUnitSchema, { maxItems: 20 })),
    offices: Type.Optional(Type.Array(OfficeSchema, { maxItems: 20 })),
    reviewPeriodDays: Type.Optional(Type.Integer({ minimum: 30, maximum: 730, description: "How long the ward's confirmation of a procedure part holds, 30 to 730 days" })),
    holidays: Type.Optional(Type.Array(HolidaySchema, { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type WardPatch = Static<typeof WardPatchSchema>;

/**
 * A new ward (national role, or `npm run ward -- add`). Kept loose here on purpose: the service
 * checks each field and says in Vietnamese what to fix, the same for the console and the shell.
 */
export const NewWardSchema = Type.Object(
  {
    slug: Type.String({ minLength: 1, maxLength: 64, description: "Lowercase letters, digits and dashes, e.g. hai-chau; used in the mini app's VITE_WARD_SLUG" }),
    name: Type.String({ minLength: 1, maxLength: 120, description: "e.g. Phường Hải Châu" }),
    province: Type.String({ minLength: 1, maxLength: 120, description: "e.g. Thành phố Đà Nẵng" }),
    hotline: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
    formerUnits: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 40, description: "Names of the units merged into this ward, e.g. Phường Hòa Cường Bắc" })),
    zaloOaId: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    cityChannel: Type.Optional(
      Type.Union([
        Type.Object(
          { name: Type.String({ maxLength: 200 }), phone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])), url: Type.Optional(Type.Union([Type.String({ maxLength: 600 }), Type.Null()])) },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    offices: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ maxLength: 200 }),
            address: Type.String({ maxLength: 300 }),
            phone: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
            hours: Type.Array(OpeningPeriodSchema, { maxItems: 14 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 5, description: "The ward's offices with their weekly hours; a lunch break is the gap between two periods of a day. Empty: one office with the usual hours" },
      ),
    ),
    holidays: Type.Optional(Type.Array(HolidaySchema, { maxItems: 200 })),
    branding: Type.Optional(
      Type.Object(
        {
          title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          color: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
          logoUrl: Type.Optional(Type.Union([Type.String({ maxLength: 600 }), Type.Null()])),
        },
        { additionalProperties: false, description: "The mini app's title, colour (#rrggbb) and logo (https URL); each defaults when empty" },
      ),
    ),
  },
  { additionalProperties: false },
);
export type NewWard = Static<typeof NewWardSchema>;
