import Type, { type Static } from "typebox";
import { ProcedureFieldSchema } from "./procedure";
import { GuideContentSchema } from "./guide";
import { MEMBER_ROLES, SupportSessionSchema } from "./team";

/** The ward's own part of a procedure, as staff edit it. */
export const WardProcedureLocalSchema = Type.Object(
  {
    officeId: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()]),
    note: Type.Union([Type.String({ maxLength: 1_000 }), Type.Null()]),
    popularRank: Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]),
    hidden: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type WardProcedureLocal = Static<typeof WardProcedureLocalSchema>;

export const ManagedProcedureSchema = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    field: ProcedureFieldSchema,
    local: WardProcedureLocalSchema,
    /** Null until the ward first saves its part. */
    version: Type.Union([Type.Integer(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ManagedProcedure = Static<typeof ManagedProcedureSchema>;
export const ManagedProcedureListSchema = Type.Object({ items: Type.Array(ManagedProcedureSchema) }, { additionalProperties: false });

export const WardProcedurePutSchema = Type.Object(
  // Absent before the ward's first save (see ManagedAreaSchema on why not null).
  { ...WardProcedureLocalSchema.properties, version: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);

/** Members as staff see them: with the phone, and whether its owner agreed to show it. */
export const ManagedMemberSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    role: Type.Enum(MEMBER_ROLES),
    phone: Type.Union([Type.String({ pattern: "^[0-9 +().-]{6,20}$" }), Type.Null()]),
    phonePublic: Type.Boolean({ description: "The member agreed to show the phone to the public" }),
  },
  { additionalProperties: false },
);
export type ManagedMember = Static<typeof ManagedMemberSchema>;

export const ManagedTeamSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    meetingPlace: Type.Union([Type.String(), Type.Null()]),
    sessions: Type.Array(SupportSessionSchema),
    zaloGroupUrl: Type.Union([Type.String(), Type.Null()]),
    members: Type.Array(ManagedMemberSchema),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type ManagedTeam = Static<typeof ManagedTeamSchema>;
export const ManagedTeamListSchema = Type.Object({ items: Type.Array(ManagedTeamSchema) }, { additionalProperties: false });

export const TeamPatchSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    meetingPlace: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    sessions: Type.Optional(Type.Array(SupportSessionSchema, { maxItems: 14 })),
    zaloGroupUrl: Type.Optional(Type.Union([Type.String({ pattern: "^https://zalo\\.me/" }), Type.Null()])),
    members: Type.Optional(Type.Array(ManagedMemberSchema, { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type TeamPatch = Static<typeof TeamPatchSchema>;

export const ManagedAreaSchema = Type.Object(
  {
    id: Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    formerWard: Type.Union([Type.String({ maxLength: 120 }), Type.Null()]),
    formerName: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 20 }),
    // Loose bounds here; the service tidies the list and says in Vietnamese what is wrong (area-streets.ts).
    streets: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 200 }),
    teamId: Type.Union([Type.String(), Type.Null()]),
    // Absent for a new area. Not `null`: the API coerces query types, and ajv would turn null into 0.
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type ManagedArea = Static<typeof ManagedAreaSchema>;
export const ManagedAreaListSchema = Type.Object({ items: Type.Array(ManagedAreaSchema) }, { additionalProperties: false });

export const GuidePutSchema = Type.Object(
  { version: Type.Integer({ minimum: 1 }), content: GuideContentSchema },
  { additionalProperties: false },
);
export const ManagedGuideSchema = Type.Object({ version: Type.Integer(), content: GuideContentSchema }, { additionalProperties: false });
export type ManagedGuide = Static<typeof ManagedGuideSchema>;
export const ManagedGuideListSchema = Type.Object({ items: Type.Array(ManagedGuideSchema) }, { additionalProperties: false });
