// The streets and kiệt/hẻm an area covers ("kiệt 45 Trưng Nữ Vương", "đường Núi Thành"): residents
// know these rather than their tổ dân phố number. One rule for the console editor, the API and the
// spreadsheet import, so a list accepted in one place is accepted in the others.

export const MAX_STREETS = 50;
export const MAX_STREET_CHARS = 80;

export type CheckedStreets = { streets: string[]; problem: null } | { streets: null; problem: string };

const tidy = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const sameKey = (text: string) => text.toLowerCase();

/** Trimmed, NFC, empty lines and repeats (ignoring case) dropped; a Vietnamese problem when too many or too long. */
export function checkedStreets(raw: readonly string[]): CheckedStreets {
  const seen = new Set<string>();
  const streets: string[] = [];
  for (const street of raw.map(tidy)) {
    if (street === "" || seen.has(sameKey(street))) continue;
    seen.add(sameKey(street));
    streets.push(street);
  }
  const long = streets.find((s) => s.length > MAX_STREET_CHARS);
  if (long) return { streets: null, problem: `Tên đường "${long.slice(0, 30)}…" dài quá ${MAX_STREET_CHARS} ký tự. Mỗi dòng ghi một đường hoặc một kiệt.` };
  if (streets.length > MAX_STREETS) return { streets: null, problem: `Có ${streets.length} đường, kiệt; mỗi tổ dân phố ghi tối đa ${MAX_STREETS}.` };
  return { streets, problem: null };
}

/** One spreadsheet cell: streets separated by ";" (or line breaks, as Alt+Enter in Excel makes). */
export const streetsOfCell = (cell: string): string[] => cell.split(/[;\n]/);
export const cellOfStreets = (streets: readonly string[]): string => streets.join("; ");
