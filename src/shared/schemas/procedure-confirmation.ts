import Type, { type Static } from "typebox";
import { IsoDateTimeSchema } from "./common";
import { WardProcedurePutSchema } from "./content-admin";
import { ProcedureFieldSchema } from "./procedure";

// The ward vouches for a part of a procedure. The parts are the facts a resident acts on and the
// ward can check at its own counter.
export const CONFIRMATION_PARTS = ["documents", "time", "fee", "online-level", "where"] as const;
export type ConfirmationPart = (typeof CONFIRMATION_PARTS)[number];
export const ConfirmationPartSchema = Type.Enum(CONFIRMATION_PARTS, {
  description: "documents = what to bring, time = time limits, fee = fees, online-level, where = where to file in this ward",
});

export const ConfirmationPartLabels: Record<ConfirmationPart, string> = {
  documents: "Giấy tờ cần mang",
  time: "Thời hạn giải quyết",
  fee: "Lệ phí",
  "online-level": "Mức trực tuyến",
  where: "Nơi nộp hồ sơ",
};

/** What residents see of one part: when the ward confirmed it, or null (never, expired, or its text changed since). */
export const PartConfirmationSchema = Type.Object(
  { confirmedAt: Type.Union([IsoDateTimeSchema, Type.Null()]) },
  { additionalProperties: false },
);

export const ProcedureConfirmationsSchema = Type.Object(
  {
    documents: PartConfirmationSchema,
    time: PartConfirmationSchema,
    fee: PartConfirmationSchema,
    "online-level": PartConfirmationSchema,
    where: PartConfirmationSchema,
  },
  { additionalProperties: false, description: "Per part, whether the ward has confirmed it and when" },
);
export type ProcedureConfirmations = Static<typeof ProcedureConfirmationsSchema>;

export const ConfirmationsPutSchema = Type.Object(
  {
    parts: Type.Array(ConfirmationPartSchema, { minItems: 1, maxItems: CONFIRMATION_PARTS.length, uniqueItems: true }),
    note: Type.Optional(Type.String({ maxLength: 1_000, description: "What the clerk checked, kept with each part confirmed (staff only)" })),
    corrections: Type.Optional(
      Type.Object(
        { ...WardProcedurePutSchema.properties },
        { additionalProperties: false, description: "The ward's part (office, note…) saved in the same transaction, before the parts are confirmed" },
      ),
    ),
    version: Type.Integer({ minimum: 0, description: "The confirmations' version from the queue; 0 before the first confirmation" }),
  },
  { additionalProperties: false },
);
export type ConfirmationsPut = Static<typeof ConfirmationsPutSchema>;

export const CONFIRMATION_STATES = ["confirmed", "unconfirmed", "expired", "changed", "not-stated"] as const;
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];

/** One part as staff see it: its state, the last confirmation (also when expired or changed since) and when it is due again. */
export const ManagedPartSchema = Type.Object(
  {
    part: ConfirmationPartSchema,
    state: Type.Enum(CONFIRMATION_STATES, {
      description:
        "confirmed; unconfirmed (never); expired (older than the review period); changed (its text changed after it was confirmed); not-stated (the national text does not state it yet: an unknown online level, no time limit on any channel — nothing to confirm)",
    }),
    confirmedAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    confirmedBy: Type.Union([Type.String(), Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    dueAt: Type.Union([IsoDateTimeSchema, Type.Null()], { description: "When a confirmed part expires" }),
  },
  { additionalProperties: false },
);
export type ManagedPart = Static<typeof ManagedPartSchema>;

export const ManagedConfirmationsSchema = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    field: ProcedureFieldSchema,
    version: Type.Integer({ minimum: 0, description: "Send it back with the next confirmation" }),
    parts: Type.Array(ManagedPartSchema, { description: "All five parts, in a fixed order" }),
    due: Type.Array(ConfirmationPartSchema, { description: "The parts that need the ward: not confirmed, expired or changed (never not-stated ones)" }),
  },
  { additionalProperties: false },
);
export type ManagedConfirmations = Static<typeof ManagedConfirmationsSchema>;

export const ConfirmationQueueSchema = Type.Object(
  {
    reviewPeriodDays: Type.Integer(),
    counts: Type.Object(
      {
        procedures: Type.Integer({ description: "Procedures with at least one part due" }),
        unconfirmed: Type.Integer(),
        expired: Type.Integer(),
        changed: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    items: Type.Array(ManagedConfirmationsSchema, { description: "Procedures with a part due: changed or expired first, then the most asked, then by name" }),
  },
  { additionalProperties: false },
);
export type ConfirmationQueue = Static<typeof ConfirmationQueueSchema>;

/** How long a confirmation holds when the ward has not set its own period (migration 0009's default). */
export const DEFAULT_REVIEW_PERIOD_DAYS = 180;
