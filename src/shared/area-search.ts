import { tokenize } from "./search/normalize";

// Residents look for their area by its name, its former name, or the street or kiệt they live on,
// typed with or without diacritics and often in the short form of the ward's notices: "K45 Trưng
// Nữ Vương" is kiệt 45, "H12" is hẻm 12.

const SHORT_FORM = /^([kh])(\d+)$/;
const SHORT_WORD: Record<string, string> = { k: "kiet", h: "hem" };
// Words every street has: they say what kind of way it is, not which one.
const GENERIC = new Set(["kiet", "hem", "duong", "ngo", "ngach", "so", "pho"]);

/** Normalised words, the short forms K45 / H12 spelled out. */
export function placeWords(text: string): string[] {
  return tokenize(text).flatMap((word) => {
    const short = SHORT_FORM.exec(word);
    return short ? [SHORT_WORD[short[1] as string] as string, short[2] as string] : [word];
  });
}

// A number must be the whole number ("kiệt 45" is not kiệt 452), except the last word while it is
// still being typed; other words match the start of a word.
const wordMatches = (wanted: string, word: string, last: boolean) => (!last && /^\d+$/.test(wanted) ? word === wanted : word.startsWith(wanted));

/**
 * Whether every word typed appears, as the start of a word, in one of the names an area goes by:
 * its current name, its former name and ward, what residents call it, its streets and kiệt.
 * "to 5 hoa cuong bac" finds "Tổ dân phố 5, phường Hòa Cường Bắc (cũ)".
 */
export function areaMatches(query: string, names: (string | null)[]): boolean {
  const wanted = placeWords(query);
  if (wanted.length === 0) return true;
  const words = names.flatMap((n) => (n ? placeWords(n) : []));
  return wanted.every((w, i) => words.some((word) => wordMatches(w, word, i === wanted.length - 1)));
}

/**
 * The street or kiệt the query names, to show beside the area ("Tổ dân phố 5 · kiệt 45 Trưng Nữ
 * Vương"): the one that matches most of the query's distinctive words that the area's own name does
 * not already explain. Null when the query is about the name ("tổ 5") or no street fits.
 */
export function matchingStreet(query: string, streets: readonly string[], name: string): string | null {
  const wanted = placeWords(query);
  const nameWords = placeWords(name);
  const last = wanted.length - 1;
  const distinctive = wanted.filter((w, i) => !GENERIC.has(w) && !nameWords.some((word) => wordMatches(w, word, i === last)));
  if (distinctive.length === 0) return null;
  let best: { street: string; count: number } | null = null;
  for (const street of streets) {
    const words = placeWords(street);
    const count = wanted.filter((w, i) => distinctive.includes(w) && words.some((word) => wordMatches(w, word, i === last))).length;
    if (count > 0 && (!best || count > best.count)) best = { street, count };
  }
  return best?.street ?? null;
}

/** The street with its other spelling ("kiệt 45 …" ↔ "K45 …"), so a search index finds either. */
export function streetSpellings(street: string): string {
  const spelledOut = street.replace(/\b([KkHh])(\d+)\b/g, (_, letter: string, digits: string) => `${letter.toLowerCase() === "k" ? "kiệt" : "hẻm"} ${digits}`);
  const short = street.replace(/\b(kiệt|kiet|hẻm|hem)\s+(\d+)/gi, (_, word: string, digits: string) => `${word[0]?.toUpperCase()}${digits}`);
  return [...new Set([street, spelledOut, short])].join("\n");
}

/** Between an area's name and the street it was found by, in a search result's title. */
export const STREET_SEPARATOR = " · ";
/** The area's own name from such a title. */
export const areaNameOfTitle = (title: string): string => title.split(STREET_SEPARATOR)[0] ?? title;
