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

// Reused between calls: the index normalises thousands of fields in a row, and decoding a typed
// array is much faster than building a string character by character.
let buffer = new Uint16Array(256);
const decoder = new TextDecoder("utf-16le");

/**
 * Lower-case, without diacritics, đ → d, and a syllable-final "y" after a consonant (or a lone "y")
 * spelled "i". The result has exactly the length of `text.normalize("NFC")`.
 */
export function normalizeText(text: string): string {
  const nfc = text.normalize("NFC");
  const length = nfc.length;
  if (buffer.length < length) buffer = new Uint16Array(length * 2);
  const codes = buffer;
  for (let i = 0; i < length; i++) {
    const code = nfc.charCodeAt(i);
    codes[i] = code < TABLE_END ? (FOLD[code] ?? code) : foldRare(code);
  }
  for (let i = 0; i < length; i++) {
    if (codes[i] !== 0x79) continue;
    // Both spellings of kí/ký, lí/lý, mĩ/mỹ, sĩ/sỹ are in use; "y" is only interchangeable with "i"
    // at the end of a syllable after a consonant (or standing alone, as in "y tế"). After a vowel
    // ("uy", "quy", "ay") or before one ("yêu", "uyên") it is a different sound and stays.
    const before = i > 0 ? codes[i - 1] : undefined;
    const after = i + 1 < length ? codes[i + 1] : undefined;
    if (isLetter(after) || (isLetter(before) && isVowel(before))) continue;
    codes[i] = 0x69;
  }
  return decoder.decode(codes.subarray(0, length));
}

function foldRare(code: number): number {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** The words of a text in normalised form: runs of [a-z0-9]. */
export function tokenize(text: string): string[] {
  const normalised = normalizeText(text);
  const tokens: string[] = [];
  let start = -1;
  let marked = false;
  // A hand-written scan: the index tokenises every field of every document, and this is several
  // times faster than split + filter.
  for (let i = 0; i <= normalised.length; i++) {
    const code = i < normalised.length ? normalised.charCodeAt(i) : 0;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (start < 0) start = i;
      continue;
    }
    // Combining marks survive NFC only after letters with no precomposed form; they must not split
    // the word in two.
    if (code >= 0x300 && code <= 0x36f && start >= 0) {
      marked = true;
      continue;
    }
    if (start < 0) continue;
    const token = normalised.slice(start, i);
    tokens.push(marked ? token.replace(/[\u0300-\u036f]/g, "") : token);
    start = -1;
    marked = false;
  }
  return tokens;
}
