import Type, { type Static } from "typebox";
import { WardSlugSchema } from "./common";

// team-lead: the leader of a tổ công nghệ số, who answers help requests in the team's areas only (issue 17).
export const STAFF_ROLES = ["admin", "editor", "team-lead"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const StaffRoleLabels: Record<StaffRole, string> = { admin: "Quản trị", editor: "Biên tập", "team-lead": "Tổ trưởng tổ công nghệ số" };

export const LoginSchema = Type.String({ pattern: "^[A-Za-z0-9._-]{3,40}$", description: "3–40 letters, digits, dot, dash or underscore" });

export const StaffMemberSchema = Type.Object(
  {
    id: Type.Integer(),
    login: Type.String(),
    name: Type.String(),
    role: Type.Enum(STAFF_ROLES),
    disabled: Type.Boolean(),
    wards: Type.Array(WardSlugSchema),
    /** The national role: guides and the national catalogue every ward shares, and any ward's staff. */
    nationalEditor: Type.Boolean(),
    /** Set after an admin set or reset the password: only a password change is allowed until then. */
    mustChangePassword: Type.Boolean(),
    /** A team lead's team (null for every other role). */
    teamId: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type StaffMember = Static<typeof StaffMemberSchema>;

export const LoginBodySchema = Type.Object(
  { login: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const SessionSchema = Type.Object(
  { staff: StaffMemberSchema, csrfToken: Type.String(), expiresAt: Type.String({ format: "date-time" }) },
  { additionalProperties: false },
);
export type Session = Static<typeof SessionSchema>;

export const StaffListSchema = Type.Object({ items: Type.Array(StaffMemberSchema) }, { additionalProperties: false });

export const NewStaffSchema = Type.Object(
  {
    login: LoginSchema,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    role: Type.Enum(STAFF_ROLES),
    wards: Type.Array(WardSlugSchema, { minItems: 1, maxItems: 50 }),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    nationalEditor: Type.Optional(Type.Boolean()),
    /** Required for a team lead: their tổ công nghệ số (one of the ward's teams). */
    teamId: Type.Optional(Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 64 })),
  },
  { additionalProperties: false },
);

export const StaffPatchSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    role: Type.Optional(Type.Enum(STAFF_ROLES)),
    wards: Type.Optional(Type.Array(WardSlugSchema, { minItems: 1, maxItems: 50 })),
    disabled: Type.Optional(Type.Boolean()),
    resetPassword: Type.Optional(Type.Boolean()),
    nationalEditor: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** A staff member, plus the password exactly once when the server made one. */
export const StaffWithPasswordSchema = Type.Object(
  { staff: StaffMemberSchema, password: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const PasswordChangeSchema = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type PasswordChange = Static<typeof PasswordChangeSchema>;
