import { WardParamsSchema } from "../schemas/common";
import { ManagedAreaListSchema, ManagedAreaSchema, ManagedTeamListSchema, ManagedTeamSchema, TeamPatchSchema } from "../schemas/content-admin";
import { AreaListQuerySchema, AreaListSchema, ContactsSchema, TeamListQuerySchema, TeamListSchema, TeamParamsSchema, TeamSchema } from "../schemas/team";
import { contract } from "./contract";
import { MISSING, PUBLIC_READ, STALE, STAFF } from "./error-codes";

const STAFF_ERRORS = { ...STAFF, 404: MISSING, 409: STALE, 422: ["VALIDATION_FAILED", "ID_MISMATCH", "UNKNOWN_TEAM", "INVALID_STREETS"] } as const;

/** Residential areas (tổ dân phố), community tech teams and the ward's contacts. */
export const teamContracts = {
  areas: contract({
    method: "GET",
    path: "/wards/:ward/areas",
    tags: ["teams"],
    summary: "Residential areas (tổ dân phố) with former names; q searches current and former names",
    params: WardParamsSchema,
    query: AreaListQuerySchema,
    response: { 200: AreaListSchema },
    errors: PUBLIC_READ,
  }),
  list: contract({
    method: "GET",
    path: "/wards/:ward/teams",
    tags: ["teams"],
    summary: "Community digital technology teams; area= gives the team that covers that area",
    params: WardParamsSchema,
    query: TeamListQuerySchema,
    response: { 200: TeamListSchema },
    errors: PUBLIC_READ,
  }),
  one: contract({
    method: "GET",
    path: "/wards/:ward/teams/:id",
    tags: ["teams"],
    summary: "One team with its members; a phone appears only if its owner agreed to show it",
    params: TeamParamsSchema,
    response: { 200: TeamSchema },
    errors: PUBLIC_READ,
  }),
  contacts: contract({
    method: "GET",
    path: "/wards/:ward/contacts",
    tags: ["teams"],
    summary: "The ward's office, hotline and police, with opening hours, and emergency numbers",
    params: WardParamsSchema,
    response: { 200: ContactsSchema },
    errors: PUBLIC_READ,
  }),
  manageAreas: contract({
    method: "GET",
    path: "/wards/:ward/manage/areas",
    tags: ["staff"],
    summary: "Residential areas with the team covering each (staff)",
    params: WardParamsSchema,
    response: { 200: ManagedAreaListSchema },
    errors: STAFF_ERRORS,
  }),
  putArea: contract({
    method: "PUT",
    path: "/wards/:ward/areas/:id",
    tags: ["staff"],
    summary: "Create or edit an area (version absent to create) and the team that covers it",
    params: TeamParamsSchema,
    body: ManagedAreaSchema,
    response: { 200: ManagedAreaSchema },
    errors: { ...STAFF_ERRORS, 409: [...STALE, "AREA_ID_TAKEN"] },
  }),
  manageTeams: contract({
    method: "GET",
    path: "/wards/:ward/manage/teams",
    tags: ["staff"],
    summary: "Teams with every member's phone and consent (staff only)",
    params: WardParamsSchema,
    response: { 200: ManagedTeamListSchema },
    errors: STAFF_ERRORS,
  }),
  update: contract({
    method: "PATCH",
    path: "/wards/:ward/teams/:id",
    tags: ["staff"],
    summary: "Edit a team and its members; a phone is public only with phonePublic",
    params: TeamParamsSchema,
    body: TeamPatchSchema,
    response: { 200: ManagedTeamSchema },
    errors: STAFF_ERRORS,
  }),
} as const;
