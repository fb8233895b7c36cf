import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, WardSlugSchema } from "./common";
import { AnnouncementCategorySchema, AreaIdSchema, AttachmentSchema } from "./announcement";

export const ANNOUNCEMENT_STATUSES = ["draft", "scheduled", "published", "withdrawn"] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];
export const AnnouncementStatusLabels: Record<AnnouncementStatus, string> = {
  draft: "Bản nháp",
  scheduled: "Hẹn giờ đăng",
  published: "Đã đăng",
  withdrawn: "Đã gỡ",
};

const Title = Type.String({ minLength: 1, maxLength: 200, description: "Plain text, the important part first" });
const Body = Type.String({ minLength: 1, maxLength: 20_000, description: "Markdown" });
const AreaIds = Type.Array(AreaIdSchema, { maxItems: 100, uniqueItems: true, description: "Tổ dân phố of this ward it is for; empty = the whole ward" });

/** How long a withdraw can be undone. */
export const UNDO_WITHDRAW_MS = 5 * 60_000;
export const MAX_ANNOUNCEMENT_IMAGES = 6;
export const MAX_ANNOUNCEMENT_PDFS = 6;

export const AnnouncementCreateSchema = Type.Object(
  {
    title: Title,
    body: Body,
    category: AnnouncementCategorySchema,
    pinned: Type.Optional(Type.Boolean({ default: false })),
    expireAt: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()])),
    areaIds: Type.Optional(AreaIds),
  },
  { additionalProperties: false },
);
export type AnnouncementCreate = Static<typeof AnnouncementCreateSchema>;

/**
 * Every edit names the version it was based on; a stale one gets 409. On a notice residents can
 * see, title, body and category go into the pending revision (published by "Đăng bản sửa").
 */
export const AnnouncementPatchSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Title),
    body: Type.Optional(Body),
    category: Type.Optional(AnnouncementCategorySchema),
    pinned: Type.Optional(Type.Boolean()),
    expireAt: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()])),
    areaIds: Type.Optional(AreaIds),
  },
  { additionalProperties: false },
);
export type AnnouncementPatch = Static<typeof AnnouncementPatchSchema>;

export const PublishSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    at: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()], { description: "A future time schedules it; a past one is refused (422) unless publishNow; absent publishes now" })),
    publishNow: Type.Optional(Type.Boolean({ description: "The clerk confirmed \"Đăng ngay\": publish now even if `at` has passed" })),
  },
  { additionalProperties: false },
);
export const WithdrawSchema = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const VersionBodySchema = WithdrawSchema;

export const PendingRevisionSchema = Type.Object(
  { title: Type.String(), body: Type.String(), bodyHtml: Type.String(), category: AnnouncementCategorySchema, savedAt: IsoDateTimeSchema },
  { additionalProperties: false },
);
export type PendingRevision = Static<typeof PendingRevisionSchema>;

export const RevisionHistorySchema = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { revision: Type.Integer({ minimum: 1 }), title: Type.String(), body: Type.String(), category: AnnouncementCategorySchema, publishedAt: IsoDateTimeSchema },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RevisionHistory = Static<typeof RevisionHistorySchema>;

export const ManagedAnnouncementSchema = Type.Object(
  {
    id: Type.Integer(),
    ward: WardSlugSchema,
    title: Type.String(),
    body: Type.String(),
    bodyHtml: Type.String(),
    category: AnnouncementCategorySchema,
    status: Type.Enum(ANNOUNCEMENT_STATUSES),
    pinned: Type.Boolean(),
    publishAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    expireAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    author: Type.String({ description: "The staff account that created it (staff only; residents see the office)" }),
    version: Type.Integer(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    revision: Type.Union([PendingRevisionSchema, Type.Null()], { description: "A change waiting for \"Đăng bản sửa\"; residents still see title/body" }),
    revisedAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    areaIds: Type.Array(Type.String()),
    attachments: Type.Array(AttachmentSchema),
    undoWithdrawUntil: Type.Union([IsoDateTimeSchema, Type.Null()], { description: "Until when \"Hoàn tác\" can restore it after a withdraw" }),
  },
  { additionalProperties: false },
);
export type ManagedAnnouncement = Static<typeof ManagedAnnouncementSchema>;

export const ManagedAnnouncementListSchema = Type.Object({ items: Type.Array(ManagedAnnouncementSchema) }, { additionalProperties: false });
export type ManagedAnnouncementList = Static<typeof ManagedAnnouncementListSchema>;

export const ManagedListQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Enum(ANNOUNCEMENT_STATUSES)),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);

export const PreviewBodySchema = Type.Object({ body: Type.String({ maxLength: 20_000 }) }, { additionalProperties: false });
export const PreviewSchema = Type.Object({ html: Type.String() }, { additionalProperties: false });
