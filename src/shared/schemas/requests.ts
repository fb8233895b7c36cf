import Type, { type Static } from "typebox";
import { IsoDateTimeSchema, PageSchema } from "./common";

/**
 * Residents' requests to the ward (issue 17): what the app sends, what the resident reads back
 * with their token, what staff see and change. The contract both sides build on.
 */
export const REQUEST_KINDS = ["report", "suggestion", "question", "help"] as const;
// Type.Enum, not a mapped Type.Union: Static of a union built with .map() is `never`.
export const RequestKindSchema = Type.Enum(REQUEST_KINDS);
export type RequestKind = Static<typeof RequestKindSchema>;

// received → in-progress → answered → closed; forwarded = sent to another agency (named in `forwardedTo`).
export const REQUEST_STATUSES = ["received", "in-progress", "answered", "closed", "forwarded"] as const;
export const RequestStatusSchema = Type.Enum(REQUEST_STATUSES);
export type RequestStatus = Static<typeof RequestStatusSchema>;

/** Readable, unguessable only together with its token: ward prefix, yymm, sequence ("HC-2612-0042"). */
export const RequestCodeSchema = Type.String({ pattern: "^[A-Z]{2,4}-[0-9]{4}-[0-9]{4,6}$", description: "Tracking code, e.g. HC-2612-0042" });
export const RequestTokenSchema = Type.String({ pattern: "^[A-Za-z0-9_-]{32,64}$", description: "The resident's proof, returned once on creation" });

export const LocationSchema = Type.Object(
  { lat: Type.Number({ minimum: 8, maximum: 24 }), lng: Type.Number({ minimum: 102, maximum: 110 }) },
  { additionalProperties: false, description: "Where it is, from zmp-sdk getLocation (Việt Nam's bounds)" },
);

export const ContactSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    phone: Type.String({ pattern: "^(\\+84|0)[0-9]{9,10}$", description: "Vietnamese phone, 0xxxxxxxxx or +84xxxxxxxxx" }),
    consent: Type.Literal(true, { description: "The resident agreed that the ward may call them about this request" }),
  },
  { additionalProperties: false },
);
export type Contact = Static<typeof ContactSchema>;

/** The `request` part of POST /wards/{ward}/requests (multipart), with up to 3 `photo` parts. */
export const NewRequestSchema = Type.Object(
  {
    kind: RequestKindSchema,
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    areaId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    location: Type.Optional(LocationSchema),
    contact: Type.Optional(ContactSchema),
    /** The phone's own id for this request: sending it again returns the same request, once. */
    clientId: Type.String({ pattern: "^[A-Za-z0-9_-]{8,64}$" }),
    /** The resident's Zalo user id for the ward's OA, when they follow it: status changes are then sent there. */
    zaloUserId: Type.Optional(Type.String({ pattern: "^[0-9]{1,32}$" })),
  },
  { additionalProperties: false },
);
export type NewRequest = Static<typeof NewRequestSchema>;

export const RequestCreatedSchema = Type.Object(
  { code: RequestCodeSchema, accessToken: RequestTokenSchema, status: RequestStatusSchema },
  { additionalProperties: false },
);
export type RequestCreated = Static<typeof RequestCreatedSchema>;

export const RequestEventSchema = Type.Object(
  { at: IsoDateTimeSchema, status: RequestStatusSchema, forwardedTo: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const ReplySchema = Type.Object(
  { text: Type.String(), at: IsoDateTimeSchema, public: Type.Boolean() },
  { additionalProperties: false },
);

/** What the resident sees with their token: never staff names, notes or assignees. */
export const ResidentRequestSchema = Type.Object(
  {
    code: RequestCodeSchema,
    kind: RequestKindSchema,
    text: Type.String(),
    areaName: Type.Union([Type.String(), Type.Null()]),
    status: RequestStatusSchema,
    forwardedTo: Type.Union([Type.String(), Type.Null()]),
    createdAt: IsoDateTimeSchema,
    photoCount: Type.Integer({ minimum: 0, maximum: 3 }),
    history: Type.Array(RequestEventSchema),
    reply: Type.Union([ReplySchema, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ResidentRequest = Static<typeof ResidentRequestSchema>;

/** A reply the ward published to Hỏi đáp: the question as edited by staff, no one's name or phone. */
export const PublicAnswerSchema = Type.Object(
  { id: Type.Integer(), kind: RequestKindSchema, question: Type.String(), answer: Type.String(), answeredAt: IsoDateTimeSchema },
  { additionalProperties: false },
);
export const PublicAnswerPageSchema = PageSchema(PublicAnswerSchema);
export type PublicAnswer = Static<typeof PublicAnswerSchema>;
export const AnswersQuerySchema = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })), cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })) },
  { additionalProperties: false },
);
