import Type, { type Static } from "typebox";
import { CursorSchema, IsoDateTimeSchema, LimitSchema, PageSchema, WardSlugSchema } from "./common";

export const ANNOUNCEMENT_CATEGORIES = ["notice", "schedule", "scam-alert", "event"] as const;
export const AnnouncementCategorySchema = Type.Union([
  Type.Literal("notice"),
  Type.Literal("schedule"),
  Type.Literal("scam-alert"),
  Type.Literal("event"),
]);
export type AnnouncementCategory = (typeof ANNOUNCEMENT_CATEGORIES)[number];

export const AnnouncementCategoryLabels: Record<AnnouncementCategory, string> = {
  notice: "Thông báo",
  schedule: "Lịch",
  "scam-alert": "Cảnh báo lừa đảo",
  event: "Sự kiện",
};

export const AnnouncementSummarySchema = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    ward: WardSlugSchema,
    title: Type.String(),
    excerpt: Type.String({ description: "The body's first words as plain text" }),
    category: AnnouncementCategorySchema,
    pinned: Type.Boolean(),
    publishedAt: IsoDateTimeSchema,
    expiresAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    updatedAt: IsoDateTimeSchema,
  },
  { additionalProperties: false },
);
export type AnnouncementSummary = Static<typeof AnnouncementSummarySchema>;

export const AnnouncementSchema = Type.Object(
  {
    ...AnnouncementSummarySchema.properties,
    body: Type.String({ description: "Markdown as written by the ward office" }),
    bodyHtml: Type.String({ description: "The body rendered to sanitised HTML" }),
    author: Type.String(),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type Announcement = Static<typeof AnnouncementSchema>;

export const AnnouncementPageSchema = PageSchema(AnnouncementSummarySchema);
export type AnnouncementPage = Static<typeof AnnouncementPageSchema>;

export const AnnouncementListQuerySchema = Type.Object(
  {
    category: Type.Optional(AnnouncementCategorySchema),
    cursor: Type.Optional(CursorSchema),
    limit: Type.Optional(LimitSchema),
  },
  { additionalProperties: false },
);
export type AnnouncementListQuery = Static<typeof AnnouncementListQuerySchema>;

export const AnnouncementParamsSchema = Type.Object(
  { ward: WardSlugSchema, id: Type.Integer({ minimum: 1, maximum: 2147483647, description: "Announcement id" }) },
  { additionalProperties: false },
);
