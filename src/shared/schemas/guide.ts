import Type, { type Static } from "typebox";

// A guide is content, not code: the ward office edits it, the API serves it, and every factual
// sentence must be traceable to `sources`. Limits below keep a step readable on a small phone
// screen and in assist mode (very large text, one step per screen).
// The seed catalogue keeps one JSON file per guide (src/server/db/seed/catalogue/guides/<slug>.json)
// so that an edit to one guide is a small, reviewable diff.

export const GuideSlugSchema = Type.String({
  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
  minLength: 3,
  maxLength: 80,
  description: "Lower-case ASCII words joined by hyphens, e.g. vneid-quen-passcode",
});

/** Topics in the order the app lists them; the catalogue is sorted by this order, then by slug. */
export const GUIDE_TOPICS = ["vneid", "online-services", "qr-payment", "bank-sim", "scam"] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];
export const GuideTopicSchema = Type.Enum(GUIDE_TOPICS);

export const GuideAudienceSchema = Type.Union([
  Type.Literal("resident"),
  Type.Literal("household-business"),
  Type.Literal("everyone"),
  Type.Literal("team-member"),
]);
export type GuideAudience = Static<typeof GuideAudienceSchema>;

export const GuideTopicLabels: Readonly<Record<GuideTopic, string>> = {
  vneid: "Định danh điện tử VNeID",
  "online-services": "Dịch vụ công trên điện thoại",
  "qr-payment": "Thanh toán bằng mã QR",
  "bank-sim": "Tài khoản ngân hàng và SIM chính chủ",
  scam: "Phòng tránh lừa đảo",
};

export const GuideAudienceLabels: Readonly<Record<GuideAudience, string>> = {
  resident: "Người dân",
  "household-business": "Hộ kinh doanh",
  everyone: "Mọi người",
  "team-member": "Thành viên tổ công nghệ số",
};

const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description === undefined ? {} : { description }) });

export const GuideImageSchema = Type.Object(
  { alt: Text(300, "What the picture shows, read aloud by screen readers; the picture is drawn later") },
  { additionalProperties: false },
);
export type GuideImage = Static<typeof GuideImageSchema>;

export const GuideStepSchema = Type.Object(
  {
    title: Text(80, "Short imperative, e.g. “Quét chip trên thẻ căn cước”"),
    body: Text(600, "2–4 short sentences"),
    tip: Type.Optional(Text(300)),
    warning: Type.Optional(Text(300)),
    image: Type.Optional(GuideImageSchema),
  },
  { additionalProperties: false },
);
export type GuideStep = Static<typeof GuideStepSchema>;

export const MAX_GUIDE_STEPS = 10;

export const GuideTroubleshootingSchema = Type.Object(
  {
    problem: Text(200),
    solution: Text(600),
    step: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_GUIDE_STEPS,
        description: "1-based index of the step this belongs to; omitted = applies to the whole guide",
      }),
    ),
  },
  { additionalProperties: false },
);
export type GuideTroubleshooting = Static<typeof GuideTroubleshootingSchema>;

export const GuideSourceSchema = Type.Object(
  {
    title: Text(300, "Publisher, title and date as far as known"),
    url: Type.Optional(Type.String({ pattern: "^https?://[^\\s]+$", maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type GuideSource = Static<typeof GuideSourceSchema>;

export const GuideContentSchema = Type.Object(
  {
    slug: GuideSlugSchema,
    title: Text(120),
    topic: GuideTopicSchema,
    audience: GuideAudienceSchema,
    summary: Text(400, "One or two sentences, the important part first"),
    timeNeeded: Type.Optional(Text(60, "e.g. “Khoảng 10 phút”")),
    prepare: Type.Array(Text(200), { maxItems: 10, description: "What to have ready before starting" }),
    steps: Type.Array(GuideStepSchema, { minItems: 3, maxItems: MAX_GUIDE_STEPS }),
    troubleshooting: Type.Array(GuideTroubleshootingSchema, { maxItems: 20 }),
    related: Type.Array(GuideSlugSchema, { maxItems: 10, description: "Slugs of other guides" }),
    sources: Type.Array(GuideSourceSchema, { minItems: 1, maxItems: 20 }),
    checkedAt: Type.String({
      pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",
      description: "Date the facts were last checked, YYYY-MM-DD",
    }),
    uncertain: Type.Array(Text(500), {
      description: "What the resident should do about a fact that is not certain (e.g. ask the ward police first)",
    }),
    editorNotes: Type.Optional(
      Type.Array(Text(1000), {
        maxItems: 30,
        description: "Editors only, never in a public answer: which copy of which text was read, what conflicted, what is left to check",
      }),
    ),
  },
  { additionalProperties: false },
);
export type GuideContent = Static<typeof GuideContentSchema>;

/** The fields of a guide that residents may see: everything but the editors' notes. */
export const { editorNotes: _guideEditorNotes, ...PublicGuideProperties } = GuideContentSchema.properties;

/** Drops what only editors may read before a guide leaves the server. */
export function publicGuide<T extends GuideContent>(g: T): Omit<T, "editorNotes"> {
  const { editorNotes: _omit, ...rest } = g;
  return rest;
}
