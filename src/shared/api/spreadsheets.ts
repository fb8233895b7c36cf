import { endpoint } from "./endpoint";

/** A ward's lists in and out of spreadsheets (issue 18); staff only, in the staff scope. */
export const spreadsheetEndpoints = {
  /** multipart `file` (.xlsx or .csv); `?dryRun=true` for the preview. */
  importList: endpoint("POST", "/wards/:ward/imports/:kind"),
  /** `file` is {areas|teams|members}.{xlsx|csv}. */
  exportList: endpoint("GET", "/wards/:ward/exports/:file"),
} as const;
