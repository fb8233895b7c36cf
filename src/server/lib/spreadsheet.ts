import ExcelJS from "exceljs";
import Papa from "papaparse";

// Lists a ward keeps in Excel (tổ dân phố, team members), in and out as .xlsx and .csv. Every cell
// is text: phone numbers keep their leading 0 and nothing is ever read as a formula.

export type SpreadsheetKind = "xlsx" | "csv";
/** Rows of cell text, the header row first, trailing empty rows dropped. */
export type Table = string[][];

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run (=, +, -, @) gets a leading apostrophe: shown as text, never executed. */
export const neutralised = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
/** The reverse on import, so an exported file comes back unchanged. */
export const unneutralised = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

const isBlank = (row: string[]) => row.every((c) => c.trim() === "");
const trimTail = (rows: Table): Table => {
  let end = rows.length;
  while (end > 0 && isBlank(rows[end - 1] ?? [])) end -= 1;
  return rows.slice(0, end);
};

const cellText = (cell: ExcelJS.Cell): string => {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  // A number typed into Excel (a phone without its 0, a tổ number): its digits, never 1e+9 or 1.234,00.
  if (typeof value === "number") return String(value);
  return cell.text ?? "";
};

/** The first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon, as Excel writes it), as text rows. */
export async function readTable(kind: SpreadsheetKind, bytes: Buffer): Promise<Table> {
  if (kind === "csv") {
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
    return trimTail(parsed.data.map((row) => row.map((c) => unneutralised(c.normalize("NFC").trim()))));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Table = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(unneutralised(cellText(row.getCell(c)).normalize("NFC").trim()));
    rows.push(cells);
  }
  return trimTail(rows);
}

/** A one-sheet workbook: a bold header row, every cell written as text. */
export async function writeXlsx(sheetName: string, header: string[], rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = header.map((h) => ({ header: h, width: Math.max(14, h.length + 4), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutralised));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One CSV cell: text neutralised, quoted when it holds a separator (comma or semicolon), a quote or a line end. */
export const csvCell = (value: string | number): string => {
  const safe = neutralised(String(value));
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV with a BOM (Excel then reads it as UTF-8) and CRLF line ends. */
export function writeCsv(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
