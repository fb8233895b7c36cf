import Type, { type Static } from "typebox";
import { WardSlugSchema } from "./common";
import { OfficeSchema } from "./ward";

export const MEMBER_ROLES = ["to-truong", "to-pho", "to-vien", "cong-an", "doan-thanh-nien", "hoi-phu-nu", "cuu-chien-binh", "hoc-sinh-sinh-vien"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MemberRoleLabels: Record<MemberRole, string> = {
  "to-truong": "Tổ trưởng",
  "to-pho": "Tổ phó",
  "to-vien": "Tổ viên",
  "cong-an": "Công an phường",
  "doan-thanh-nien": "Đoàn Thanh niên",
  "hoi-phu-nu": "Hội Phụ nữ",
  "cuu-chien-binh": "Hội Cựu chiến binh",
  "hoc-sinh-sinh-vien": "Học sinh, sinh viên",
};

const ClockTime = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" });

/** A support session that repeats every week; days use dayjs numbering (0 = Chủ nhật). */
export const SupportSessionSchema = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { minItems: 1, maxItems: 7 }),
    start: ClockTime,
    end: ClockTime,
    place: Type.String(),
  },
  { additionalProperties: false },
);
export type SupportSession = Static<typeof SupportSessionSchema>;

export const AreaSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    formerWard: Type.Union([Type.String(), Type.Null()]),
    formerName: Type.Union([Type.String(), Type.Null()]),
    aliases: Type.Array(Type.String()),
    // The streets and kiệt/hẻm it covers, as residents say them ("kiệt 45 Trưng Nữ Vương").
    streets: Type.Array(Type.String()),
    teamId: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Area = Static<typeof AreaSchema>;

export const AreaListSchema = Type.Object({ items: Type.Array(AreaSchema) }, { additionalProperties: false });
export type AreaList = Static<typeof AreaListSchema>;

export const MemberSchema = Type.Object(
  {
    name: Type.String(),
    role: Type.Enum(MEMBER_ROLES),
    // Null unless the member agreed to show it publicly.
    phone: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Member = Static<typeof MemberSchema>;

const TeamBase = {
  id: Type.String(),
  ward: WardSlugSchema,
  name: Type.String(),
  areas: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), formerName: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false })),
  meetingPlace: Type.Union([Type.String(), Type.Null()]),
  sessions: Type.Array(SupportSessionSchema),
  zaloGroupUrl: Type.Union([Type.String(), Type.Null()]),
};

export const TeamSummarySchema = Type.Object(
  { ...TeamBase, memberCount: Type.Integer({ minimum: 0 }), leader: Type.Union([MemberSchema, Type.Null()]) },
  { additionalProperties: false },
);
export type TeamSummary = Static<typeof TeamSummarySchema>;

export const TeamListSchema = Type.Object({ items: Type.Array(TeamSummarySchema) }, { additionalProperties: false });
export type TeamList = Static<typeof TeamListSchema>;

export const TeamSchema = Type.Object(
  { ...TeamBase, foundingDecision: Type.Union([Type.String(), Type.Null()]), members: Type.Array(MemberSchema), isDemo: Type.Boolean() },
  { additionalProperties: false },
);
export type Team = Static<typeof TeamSchema>;

const IdSchema = Type.String({ pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", minLength: 1, maxLength: 64 });
export const TeamParamsSchema = Type.Object({ ward: WardSlugSchema, id: IdSchema }, { additionalProperties: false });
export const TeamListQuerySchema = Type.Object({ area: Type.Optional(IdSchema) }, { additionalProperties: false });
export const AreaListQuerySchema = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200, description: "Current or former name, diacritics optional" })) },
  { additionalProperties: false },
);

export const ContactsSchema = Type.Object(
  {
    hotline: Type.Union([Type.String(), Type.Null()]),
    offices: Type.Array(OfficeSchema),
    emergency: Type.Array(Type.Object({ name: Type.String(), number: Type.String() }, { additionalProperties: false })),
    isDemo: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Contacts = Static<typeof ContactsSchema>;
