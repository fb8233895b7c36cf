import Type, { type Static } from "typebox";
import { WardSlugSchema } from "./common";

/** The lists a ward keeps in spreadsheets: tổ dân phố, its community teams and their members. */
export const LIST_KINDS = ["areas", "teams", "members"] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const ListKindLabels: Record<ListKind, string> = { areas: "Tổ dân phố", teams: "Tổ công nghệ số", members: "Thành viên tổ công nghệ số" };

export const ImportParamsSchema = Type.Object({ ward: WardSlugSchema, kind: Type.Enum(LIST_KINDS) }, { additionalProperties: false });
export const ExportParamsSchema = Type.Object(
  { ward: WardSlugSchema, file: Type.String({ pattern: "^(areas|teams|members)\\.(xlsx|csv)$", description: "areas.xlsx, areas.csv, teams.xlsx, teams.csv, members.xlsx or members.csv" }) },
  { additionalProperties: false },
);
export const ImportQuerySchema = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ description: "true: check every row and answer the report, write nothing (the preview)" })) },
  { additionalProperties: false },
);

export const RowProblemSchema = Type.Object(
  {
    row: Type.Integer({ description: "The row number as the spreadsheet shows it (the header is row 1)" }),
    column: Type.String({ description: "The column's header" }),
    problem: Type.String({ description: "What is wrong, in Vietnamese, and how to fix it" }),
  },
  { additionalProperties: false },
);
export type RowProblem = Static<typeof RowProblemSchema>;

export const ImportReportSchema = Type.Object(
  {
    kind: Type.Enum(LIST_KINDS),
    dryRun: Type.Boolean(),
    rows: Type.Integer({ description: "Data rows read (the header not counted)" }),
    created: Type.Integer(),
    changed: Type.Integer(),
    unchanged: Type.Integer(),
    problems: Type.Array(RowProblemSchema),
  },
  { additionalProperties: false },
);
export type ImportReport = Static<typeof ImportReportSchema>;

/** The 422 answer: the error fields every client shows, and the row report. */
export const ImportRejectedSchema = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String(),
    code: Type.String(),
    message: Type.String(),
    requestId: Type.String(),
    report: Type.Optional(ImportReportSchema),
  },
  { additionalProperties: false },
);
export type ImportRejected = Static<typeof ImportRejectedSchema>;
