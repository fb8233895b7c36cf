import Type from "typebox";
import { ExportParamsSchema, ImportParamsSchema, ImportQuerySchema, ImportRejectedSchema, ImportReportSchema } from "../schemas/list-import";
import { contract } from "./contract";
import { BAD_INPUT, MISSING, STAFF, UPLOAD_TOO_LARGE, UPLOAD_TYPE } from "./error-codes";

const ERRORS = { ...STAFF, 400: [...BAD_INPUT, "BAD_MULTIPART", "NO_FILE", "UNEXPECTED_FILE", "IMPORT_FAILED"], 404: MISSING, 413: UPLOAD_TOO_LARGE, 415: [...UPLOAD_TYPE, "NOT_UTF8"] } as const;

/** A ward's lists in and out of spreadsheets (issue 18); staff only, in the staff scope. */
export const spreadsheetEndpoints = {
  /** multipart `file` (.xlsx or .csv); `?dryRun=true` for the preview; 422 carries every bad row (IMPORT_ROWS_INVALID). */
  importList: contract({
    method: "POST",
    path: "/wards/:ward/imports/:kind",
    tags: ["staff"],
    summary:
      "Import tổ dân phố (areas), tổ công nghệ số (teams) or team members from .xlsx/.csv (multipart `file`): a row report; 422 with every bad row and nothing written; ?dryRun=true for the preview",
    params: ImportParamsSchema,
    query: ImportQuerySchema,
    response: { 200: ImportReportSchema, 422: ImportRejectedSchema },
    errors: { ...ERRORS, 422: ["IMPORT_ROWS_INVALID", "BROKEN_SPREADSHEET"] },
  }),
  /** `file` is {areas|teams|members}.{xlsx|csv}. */
  exportList: contract({
    method: "GET",
    path: "/wards/:ward/exports/:file",
    tags: ["staff"],
    summary: "Export tổ dân phố (areas), teams or team members as .xlsx or .csv, the columns the import reads",
    params: ExportParamsSchema,
    response: { 200: Type.Any() },
    errors: ERRORS,
  }),
} as const;
