import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import { spreadsheetEndpoints } from "../../shared/api/spreadsheets";
import { ListKindLabels, type ListKind } from "../../shared/schemas/list-import";
import type { Database } from "../db/database";
import { ApiError } from "../lib/api-error";
import { readTable, writeCsv, writeXlsx, type SpreadsheetKind } from "../lib/spreadsheet";
import { checkedSpreadsheet, MAX_SPREADSHEET_BYTES, readMultipart } from "../lib/uploads";
import { requireStaff } from "../plugins/auth";
import { requireWard } from "../repositories/wards";
import { exportRows, HEADERS, importList } from "../services/list-import";
import { exportTeams, importTeams, TEAM_HEADERS } from "../services/team-import";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A ward's tổ dân phố, teams and team members in and out of spreadsheets (staff of that ward). */
export const spreadsheetRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const ctx = serviceContext(app, db);
  // Staff of the ward, checked before params and query are validated: a stranger learns nothing from a 400.
  const staffOfWard = async (request: FastifyRequest) => {
    requireStaff(request, { ward: (request.params as { ward: string }).ward });
  };

  serve(
    app,
    spreadsheetEndpoints.importList,
    async (request, reply) => {
      const staff = requireStaff(request, { ward: request.params.ward });
      await requireWard(db, request.params.ward);
      const body = await readMultipart(request, { maxFiles: 1, maxFileBytes: MAX_SPREADSHEET_BYTES, fileFields: ["file"] });
      const file = body.files[0];
      if (!file) throw new ApiError(400, "VALIDATION_FAILED", 'Chưa chọn tệp. Hãy gửi bảng tính ở trường "file". (Missing file.)', { field: "file" });
      const { kind: format } = await checkedSpreadsheet(file.bytes, file.filename);
      const table = await readSpreadsheet(format, file.bytes, file.filename);
      const { ward, kind } = request.params;
      const dryRun = request.query.dryRun ?? false;
      const report = kind === "teams" ? await importTeams(ctx, staff, ward, table, dryRun) : await importList(ctx, staff, ward, kind, table, dryRun);
      if (report.problems.length === 0) return report;
      const first = report.problems[0];
      return reply.status(422).send({
        statusCode: 422,
        error: "Unprocessable Entity",
        code: "IMPORT_ROWS_INVALID",
        message: `Có ${report.problems.length} lỗi trong tệp, chưa ghi gì. Lỗi đầu tiên: dòng ${first?.row}, cột "${first?.column}": ${first?.problem} Hãy sửa các dòng được liệt kê rồi tải lên lại. (Rows invalid; nothing written.)`,
        requestId: request.id,
        report,
      });
    },
    { preValidation: staffOfWard },
  );

  serve(
    app,
    spreadsheetEndpoints.exportList,
    async (request, reply) => {
      const { ward, file } = request.params;
      await requireWard(db, ward);
      const [name, format] = file.split(".") as [ListKind, SpreadsheetKind];
      const rows = name === "teams" ? await exportTeams(db, ward) : await exportRows(db, ward, name);
      const header = [...(name === "teams" ? TEAM_HEADERS : HEADERS[name])];
      reply.header("content-disposition", `attachment; filename="${name}-${ward}.${format}"`).header("cache-control", "no-store");
      if (format === "csv") return reply.type("text/csv; charset=utf-8").send(writeCsv(header, rows));
      return reply.type(XLSX).send(await writeXlsx(ListKindLabels[name], header, rows));
    },
    { preValidation: staffOfWard },
  );
};

/** A workbook that file-type took for xlsx but exceljs cannot open is the sender's problem, not a 500. */
async function readSpreadsheet(kind: SpreadsheetKind, bytes: Buffer, name: string) {
  try {
    return await readTable(kind, bytes);
  } catch {
    throw new ApiError(422, "BROKEN_SPREADSHEET", `Không mở được bảng tính "${name}". Hãy mở lại trong Excel, lưu dạng .xlsx rồi gửi lại. (The spreadsheet cannot be read.)`, { field: "file" });
  }
}
