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

export const AreaIdSchema = Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", minLength: 1, maxLength: 64, description: "A residential area (tổ dân phố) id" });

/**
 * Who a notice is for, seen from the resident's chosen area: "your-area" (it names their tổ),
 * "ward" (the whole ward), "other-area" (only other tổ). Without a chosen area every notice is "ward" or "other-area".
 */
export const AUDIENCES = ["your-area", "ward", "other-area"] as const;
export type Audience = (typeof AUDIENCES)[number];

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
    revisedAt: Type.Union([IsoDateTimeSchema, Type.Null()], { description: "When the text residents see last changed after its first publication; null = never" }),
    areaIds: Type.Array(Type.String(), { description: "The tổ dân phố it is for; empty = the whole ward" }),
    audience: Type.Enum(AUDIENCES),
  },
  { additionalProperties: false },
);
export type AnnouncementSummary = Static<typeof AnnouncementSummarySchema>;

/** A picture or PDF of an announcement: what a resident sees before downloading it. */
export const AttachmentSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    name: Type.String(),
    mediaType: Type.String(),
    byteSize: Type.Integer({ minimum: 1 }),
    width: Type.Union([Type.Integer(), Type.Null()]),
    height: Type.Union([Type.Integer(), Type.Null()]),
    url: Type.String({ description: "Path of the bytes under /api/v1" }),
  },
  { additionalProperties: false },
);
export type Attachment = Static<typeof AttachmentSchema>;

export const AnnouncementSchema = Type.Object(
  {
    ...AnnouncementSummarySchema.properties,
    body: Type.String({ description: "Markdown as written by the ward office" }),
    bodyHtml: Type.String({ description: "The body rendered to sanitised HTML" }),
    author: Type.String({ description: "The office that issues it (\"UBND phường …\"), never a staff account" }),
    version: Type.Integer({ minimum: 1 }),
    attachments: Type.Array(AttachmentSchema),
  },
  { additionalProperties: false },
);
export type Announcement = Static<typeof AnnouncementSchema>;

export const AnnouncementPageSchema = PageSchema(AnnouncementSummarySchema);
export type AnnouncementPage = Static<typeof AnnouncementPageSchema>;

export const AnnouncementListQuerySchema = Type.Object(
  {
    category: Type.Optional(AnnouncementCategorySchema),
    area: Type.Optional(AreaIdSchema),
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

export const AnnouncementFileParamsSchema = Type.Object(
  { ward: WardSlugSchema, id: Type.Integer({ minimum: 1, maximum: 2147483647 }), fileId: Type.Integer({ minimum: 1, maximum: 2147483647 }) },
  { additionalProperties: false },
);
