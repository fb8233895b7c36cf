import { tokenize } from "./search/normalize";

/**
 * Whether every word typed appears, as the start of a word, in one of the names an area goes by:
 * its current name, its former name and ward, and what residents call it. "to 5 hoa cuong bac"
 * finds "Tổ dân phố 5, phường Hòa Cường Bắc (cũ)".
 */
export function areaMatches(query: string, names: (string | null)[]): boolean {
  const wanted = tokenize(query);
  if (wanted.length === 0) return true;
  const words = names.flatMap((n) => (n ? tokenize(n) : []));
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
