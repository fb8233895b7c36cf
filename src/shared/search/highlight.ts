import { normalizeText } from "./normalize";

export type HighlightPart = { text: string; match: boolean };

/**
 * Splits `text` (NFC) into parts, marking each whole word whose normalised form is one of `terms`
 * (the words the search matched, so "trú" never lights up "trước"). The words keep their diacritics: the match is found on the normalised copy and, since
 * normalising maps one character to one character, cut out of the original at the same positions.
 */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  const original = text.normalize("NFC");
  if (original.length === 0) return [];
  const wanted = new Set(terms.map(normalizeText).filter((term) => /^[a-z0-9]+$/.test(term)));
  if (wanted.size === 0) return [{ text: original, match: false }];
  const normalised = normalizeText(original);
  const parts: HighlightPart[] = [];
  const push = (end: number, match: boolean, start: number): void => {
    if (end <= start) return;
    const last = parts[parts.length - 1];
    // Neighbouring parts of the same kind are one part, so the UI renders fewer elements.
    if (last && last.match === match) last.text += original.slice(start, end);
    else parts.push({ text: original.slice(start, end), match });
  };
  let done = 0;
  for (const word of normalised.matchAll(/[a-z0-9]+/g)) {
    const start = word.index;
    const end = start + word[0].length;
    if (!wanted.has(word[0])) continue;
    push(start, false, done);
    push(end, true, start);
    done = end;
  }
  push(original.length, false, done);
  return parts;
}
