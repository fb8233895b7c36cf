import Type, { type Static } from "typebox";

export const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal("ok"), Type.Literal("degraded")]),
    database: Type.Object(
      {
        kind: Type.Union([Type.Literal("pglite"), Type.Literal("postgres")]),
        ok: Type.Boolean(),
        latencyMs: Type.Number(),
        migration: Type.Union([Type.Integer(), Type.Null()], { description: "Newest applied migration number" }),
      },
      { additionalProperties: false },
    ),
    version: Type.String(),
    uptimeSeconds: Type.Number(),
  },
  { additionalProperties: false },
);
export type Health = Static<typeof HealthSchema>;
