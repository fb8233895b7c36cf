// Search compares words the way residents type them: with or without diacritics (many type on a
// keyboard without Telex), in any case, and with either spelling of the i/y variants (kí/ký).
// The mapping is one character to one character so that a position found in the normalised text
// is the same position in the original text: highlighting marks the original words.

// Latin letters with diacritics (Latin-1 Supplement to Latin Extended Additional, which holds the
// Vietnamese tone-marked vowels). Characters above this range are only lower-cased.
const TABLE_END = 0x1f00;
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    // A few letters lower-case to two characters (İ → i̇); keep those as they are, length matters more.
    const single = lower.length === 1 ? lower : char;
    // Only a Latin letter plus combining marks loses its marks; other scripts keep their letters.
    const nfd = single.normalize("NFD");
    table[code] = (/^[a-z][\u0300-\u036f]+$/.test(nfd) ? nfd : single).charCodeAt(0);
  }
  // đ has no decomposition in Unicode: it is a letter of its own, but residents type it as d.
  table[0x0111] = 0x64;
  table[0x0110] = 0x64;
  return table;
}

const isLetter = (code: number | undefined): boolean => code !== undefined && code >= 0x61 && code <= 0x7a;
const isVowel = (code: number | undefined): boolean =>
  code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75 || code === 0x79;

/**
 * Lower-case, without diacritics, đ → d, and a syllable-final "y" after a consonant (or a lone "y")
 * spelled "i". The result has exactly the length of `text.normalize("NFC")`.
 */
export function normalizeText(text: string): string {
  const nfc = text.normalize("NFC");
  const codes = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) codes[i] = foldCode(nfc.charCodeAt(i));
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== 0x79) continue;
    // Both spellings of kí/ký, lí/lý, mĩ/mỹ, sĩ/sỹ are in use; "y" is only interchangeable with "i"
    // at the end of a syllable after a consonant (or standing alone, as in "y tế"). After a vowel
    // ("uy", "quy", "ay") or before one ("yêu", "uyên") it is a different sound and stays.
    const before = codes[i - 1];
    if (isLetter(codes[i + 1]) || (isLetter(before) && isVowel(before))) continue;
    codes[i] = 0x69;
  }
  return fromCodes(codes);
}

function foldCode(code: number): number {
  if (code < TABLE_END) return FOLD[code] ?? code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

// String.fromCharCode(...codes) overflows the call stack on long texts, so it goes in chunks.
const CHUNK = 8192;
function fromCodes(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = "";
  for (let start = 0; start < codes.length; start += CHUNK) {
    out += String.fromCharCode(...codes.subarray(start, start + CHUNK));
  }
  return out;
}

/** The words of a text in normalised form: runs of [a-z0-9]. */
export function tokenize(text: string): string[] {
  // Combining marks survive NFC only after letters with no precomposed form; drop them so they do
  // not split a word in two.
  return normalizeText(text)
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}
