import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, PageSchema, WardSlugSchema } from "./common";
import { LocationSchema, RequestCodeSchema, RequestEventSchema, RequestKindSchema, RequestStatusSchema } from "./requests";

/** The staff side of residents' requests (issue 17): the inbox, one request, and the change body. */
export const RequestParamsSchema = Type.Object({ ward: WardSlugSchema, code: RequestCodeSchema }, { additionalProperties: false });
export const RequestPhotoParamsSchema = Type.Object(
  { ward: WardSlugSchema, code: RequestCodeSchema, n: Type.Integer({ minimum: 1, maximum: 3 }) },
  { additionalProperties: false },
);

export const InboxQuerySchema = Type.Object(
  {
    status: Type.Optional(RequestStatusSchema),
    kind: Type.Optional(RequestKindSchema),
    area: Type.Optional(Type.String({ maxLength: 64 })),
    overdue: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);

export const InboxItemSchema = Type.Object(
  {
    code: RequestCodeSchema,
    kind: RequestKindSchema,
    status: RequestStatusSchema,
    excerpt: Type.String(),
    areaName: Type.Union([Type.String(), Type.Null()]),
    createdAt: IsoDateTimeSchema,
    dueAt: IsoDateTimeSchema,
    overdue: Type.Boolean(),
    assigneeName: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type InboxItem = Static<typeof InboxItemSchema>;
export const InboxPageSchema = PageSchema(InboxItemSchema);
export type InboxPage = Static<typeof InboxPageSchema>;

export const RequestNoteSchema = Type.Object({ text: Type.String(), at: IsoDateTimeSchema, staffName: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false });

export const ManagedRequestSchema = Type.Object(
  {
    code: RequestCodeSchema,
    kind: RequestKindSchema,
    text: Type.String(),
    areaId: Type.Union([Type.String(), Type.Null()]),
    areaName: Type.Union([Type.String(), Type.Null()]),
    location: Type.Union([LocationSchema, Type.Null()]),
    /** https://www.openstreetmap.org/?mlat=..&mlon=.. when the resident shared a location. */
    mapUrl: Type.Union([Type.String(), Type.Null()]),
    /** Only when the resident chose to give it (and until the retention job removed it). */
    contact: Type.Union([Type.Object({ name: Type.String(), phone: Type.String() }, { additionalProperties: false }), Type.Null()]),
    status: RequestStatusSchema,
    forwardedTo: Type.Union([Type.String(), Type.Null()]),
    assignee: Type.Union([Type.Object({ kind: Type.Union([Type.Literal("staff"), Type.Literal("team")]), id: Type.String(), name: Type.String() }, { additionalProperties: false }), Type.Null()]),
    dueAt: IsoDateTimeSchema,
    overdue: Type.Boolean(),
    createdAt: IsoDateTimeSchema,
    closedAt: Type.Union([IsoDateTimeSchema, Type.Null()]),
    photoCount: Type.Integer({ minimum: 0, maximum: 3 }),
    reply: Type.Union([Type.Object({ text: Type.String(), public: Type.Boolean(), question: Type.Union([Type.String(), Type.Null()]), at: IsoDateTimeSchema }, { additionalProperties: false }), Type.Null()]),
    history: Type.Array(RequestEventSchema),
    notes: Type.Array(RequestNoteSchema),
    /** False when ZALO_OA_ACCESS_TOKEN is not set: the console then says residents get no message. */
    oaConfigured: Type.Boolean(),
    /** Whether the resident can be notified on the OA (they gave their Zalo user id). */
    residentFollowsOa: Type.Boolean(),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ManagedRequest = Static<typeof ManagedRequestSchema>;

/** staff:<id> or team:<id>; null removes the assignee. */
export const AssigneeRefSchema = Type.String({ pattern: "^(staff:[0-9]{1,9}|team:[a-z0-9]+(-[a-z0-9]+)*)$" });

export const RequestChangeSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    status: Type.Optional(RequestStatusSchema),
    /** Required with status "forwarded": the agency it went to. */
    forwardedTo: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    assignee: Type.Optional(Type.Union([AssigneeRefSchema, Type.Null()])),
    reply: Type.Optional(
      Type.Object(
        {
          text: Type.String({ minLength: 1, maxLength: 4000 }),
          public: Type.Boolean(),
          /** The question rewritten for Hỏi đáp, personal details removed; required when public. */
          question: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
    ),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type RequestChange = Static<typeof RequestChangeSchema>;
