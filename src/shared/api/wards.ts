import { endpoint } from "./endpoint";

/** Wards as the national role manages them (issue 18); the public list stays GET /wards. */
export const wardAdminEndpoints = {
  create: endpoint("POST", "/manage/wards"),
} as const;
