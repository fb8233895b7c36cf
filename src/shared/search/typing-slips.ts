import { normalizeText } from "./normalize";

// What a phone keyboard leaves behind when its Vietnamese input method is off or half-applied:
// Telex keys typed as letters ("ddawng kys" for "đăng ký", "khoong" for "không") and VNI digits
// ("da8ng ky1"). A word is repaired only when it is unknown as typed and the repair is a known
// word, so that real words ("xoong", "kt3", "2025") are never changed.

const TELEX_TONE_AT_END = /[sfrxj]$/;

function withoutTelex(word: string): string {
  return word
    .replace(TELEX_TONE_AT_END, "")
    .replace(/w/g, "")
    .replace(/dd/g, "d")
    .replace(/aa/g, "a")
    .replace(/ee/g, "e")
    .replace(/oo/g, "o");
}

/** The word with Telex or VNI leftovers removed, if that gives a known word; otherwise the word itself. */
export function repairWord(word: string, isKnown: (word: string) => boolean): string {
  if (isKnown(word)) return word;
  const candidates: string[] = [];
  if (/[a-z]/.test(word) && /[0-9]/.test(word)) candidates.push(word.replace(/[0-9]/g, ""));
  candidates.push(withoutTelex(word));
  for (const candidate of candidates) {
    // The i/y rule of the normaliser applies to the repaired word too ("kys" → "ky" → "ki").
    const normal = normalizeText(candidate);
    if (normal.length > 0 && normal !== word && isKnown(normal)) return normal;
  }
  return word;
}

/** True when `a` becomes `b` with at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    // Two neighbours swapped ("nhna" for "nhan").
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
