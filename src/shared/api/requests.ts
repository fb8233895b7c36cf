import { endpoint } from "./endpoint";

/** Residents' requests (issue 17). Staff endpoints are under /manage and live in the staff scope. */
export const requestEndpoints = {
  create: endpoint("POST", "/wards/:ward/requests"),
  read: endpoint("GET", "/wards/:ward/requests/:code"),
  photo: endpoint("GET", "/wards/:ward/requests/:code/photos/:n"),
  answers: endpoint("GET", "/wards/:ward/answers"),
  inbox: endpoint("GET", "/wards/:ward/manage/requests"),
  manageOne: endpoint("GET", "/wards/:ward/manage/requests/:code"),
  change: endpoint("PATCH", "/wards/:ward/manage/requests/:code"),
  managePhoto: endpoint("GET", "/wards/:ward/manage/requests/:code/photos/:n"),
} as const;

/** The header that carries the resident's access token (never a query string: URLs get logged). */
export const REQUEST_TOKEN_HEADER = "x-request-token";
