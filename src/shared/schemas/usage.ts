import Type, { type Static } from "typebox";

// Anonymous usage events the mini app sends in batches. Nothing in them identifies a resident:
// no user id, device id or time of day, and the text of a search only when it found nothing.
const Slug = Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", minLength: 1, maxLength: 80 });
const ItemKind = Type.Union([Type.Literal("procedure"), Type.Literal("guide"), Type.Literal("announcement"), Type.Literal("team")]);
const SearchArea = Type.Union([Type.Literal("procedures"), Type.Literal("guides"), Type.Literal("areas")]);
const strict = { additionalProperties: false } as const;

export const UsageEventSchema = Type.Union([
  Type.Object({ type: Type.Literal("screen"), screen: Slug }, strict),
  Type.Object({ type: Type.Literal("open"), kind: ItemKind, id: Slug }, strict),
  Type.Object({ type: Type.Literal("search"), area: SearchArea, results: Type.Integer({ minimum: 1, maximum: 100_000 }) }, strict),
  Type.Object(
    { type: Type.Literal("search"), area: SearchArea, results: Type.Literal(0), query: Type.String({ minLength: 1, maxLength: 100 }) },
    strict,
  ),
  Type.Object({ type: Type.Literal("guide-step"), guide: Slug, step: Type.Integer({ minimum: 1, maximum: 100 }) }, strict),
  Type.Object({ type: Type.Literal("guide-finished"), guide: Slug }, strict),
  Type.Object(
    { type: Type.Literal("helpful"), kind: Type.Union([Type.Literal("procedure"), Type.Literal("guide")]), id: Slug, helpful: Type.Boolean() },
    strict,
  ),
]);
export type UsageEvent = Static<typeof UsageEventSchema>;

export const DaySchema = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date", description: "A day, yyyy-mm-dd" });

export const UsageBatchSchema = Type.Object(
  {
    // The day the events happened on the phone (sent later when the phone was offline); today if absent.
    day: Type.Optional(DaySchema),
    events: Type.Array(UsageEventSchema, { minItems: 1, maxItems: 100 }),
  },
  strict,
);
export type UsageBatch = Static<typeof UsageBatchSchema>;

export const UsageAcceptedSchema = Type.Object({ accepted: Type.Integer() }, strict);

export const StatsQuerySchema = Type.Object({ from: Type.Optional(DaySchema), to: Type.Optional(DaySchema) }, strict);

const Counted = <T extends Type.TProperties>(props: T) => Type.Object({ ...props, count: Type.Integer() }, strict);

export const UsageStatsSchema = Type.Object(
  {
    from: DaySchema,
    to: DaySchema,
    perDay: Type.Array(Type.Object({ day: DaySchema, screens: Type.Integer(), opens: Type.Integer(), searches: Type.Integer() }, strict)),
    screens: Type.Array(Counted({ screen: Type.String() })),
    mostOpened: Type.Array(Counted({ kind: Type.String(), id: Type.String() })),
    searches: Type.Array(Counted({ area: Type.String() })),
    emptySearches: Type.Array(Counted({ area: Type.String(), query: Type.String() })),
    guideSteps: Type.Array(
      Type.Object(
        { guide: Type.String(), finished: Type.Integer(), steps: Type.Array(Type.Object({ step: Type.Integer(), reached: Type.Integer() }, strict)) },
        strict,
      ),
    ),
    helpful: Type.Array(Type.Object({ kind: Type.String(), id: Type.String(), yes: Type.Integer(), no: Type.Integer() }, strict)),
    titles: Type.Record(Type.String(), Type.String(), { description: '"kind:id" (e.g. "procedure:khai-tu", "guide:vneid-quen-passcode") → its title today, for the items counted that still exist' }),
  },
  strict,
);
export type UsageStats = Static<typeof UsageStatsSchema>;
