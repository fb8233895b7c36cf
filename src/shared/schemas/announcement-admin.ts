import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, WardSlugSchema } from "./common";
import { AnnouncementCategorySchema } from "./announcement";

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

export const AnnouncementCreateSchema = Type.Object(
  {
    title: Title,
    body: Body,
    category: AnnouncementCategorySchema,
    pinned: Type.Optional(Type.Boolean({ default: false })),
    expireAt: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AnnouncementCreate = Static<typeof AnnouncementCreateSchema>;

/** Every edit names the version it was based on; a stale one gets 409. */
export const AnnouncementPatchSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Title),
    body: Type.Optional(Body),
    category: Type.Optional(AnnouncementCategorySchema),
    pinned: Type.Optional(Type.Boolean()),
    expireAt: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AnnouncementPatch = Static<typeof AnnouncementPatchSchema>;

export const PublishSchema = Type.Object(
  { version: Type.Integer({ minimum: 1 }), at: Type.Optional(Type.Union([IsoDateTimeSchema, Type.Null()], { description: "A future time schedules it; absent or past publishes now" })) },
  { additionalProperties: false },
);
export const WithdrawSchema = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

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
    author: Type.String(),
    version: Type.Integer(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
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
