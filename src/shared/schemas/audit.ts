import Type, { type Static } from "typebox";

export const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    ward: Type.Union([Type.String(), Type.Null()]),
    staffLogin: Type.String(),
    action: Type.String({ description: "create, update, publish, withdraw, …" }),
    entity: Type.String({ description: "announcement, ward, staff, …" }),
    entityId: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    at: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditPageSchema = Type.Object(
  { items: Type.Array(AuditEntrySchema), nextBefore: Type.Union([Type.Integer(), Type.Null()]) },
  { additionalProperties: false },
);
export type AuditPage = Static<typeof AuditPageSchema>;

export const AuditQuerySchema = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })), before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })) },
  { additionalProperties: false },
);
