import type { InvertedIndex } from "./inverted-index";

// How a document that has every query term is ranked beyond the per-field scores: words found
// together as typed (a phrase), and how much of the document's name the query accounts for.

export type Match = { id: number; quality: number };

/** One word of the query, resolved against the index once per query. */
export type QueryWord = {
  text: string;
  /** Read as possibly unfinished (the last word typed). */
  open: boolean;
  /** Best first: a field is scored by its best match only. */
  matches: Match[];
  /** Quality by token id, 0 where the word does not match: the tests of phrases and names. */
  qualities: Float64Array;
  /** Per document: the sum over its fields of weight × the best quality the word matched with. */
  scores: Float64Array;
};
/** Words that must all be found; `factor` is below 1 for a synonym. */
export type Alternative = { words: QueryWord[]; factor: number };
/** Any one alternative satisfies the term. */
export type Term = Alternative[];

/** Per field where a phrase appears (times its share), as a share of the field's weight. */
const PHRASE = 0.5;
/** Times the name's weight, scaled by how much of the name the query covers. */
const NAME_COVERAGE = 1;

/** Marks fields once per pass without clearing an array between passes. */
export class FieldMarks {
  private readonly marks: Uint32Array;
  private stamp = 0;

  constructor(fieldCount: number) {
    this.marks = new Uint32Array(fieldCount);
  }

  begin(): void {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
  }

  /** True the first time a field is marked in this pass. */
  mark(field: number): boolean {
    if (this.marks[field] === this.stamp) return false;
    this.marks[field] = this.stamp;
    return true;
  }
}

export function alternativeScore(alternative: Alternative, doc: number): number {
  let sum = 0;
  for (const word of alternative.words) {
    const score = word.scores[doc] ?? 0;
    if (score === 0) return 0;
    sum += score;
  }
  // The mean, so that a two-word synonym does not outweigh the one word it stands for.
  return alternative.words.length === 0 ? 0 : (alternative.factor * sum) / alternative.words.length;
}

/** Words to find next to each other; `share` of the phrase bonus when found. */
export type Phrase = { words: QueryWord[]; share: number };

export function addPhraseBonus(
  index: InvertedIndex,
  phrases: readonly Phrase[],
  isCandidate: Uint8Array,
  total: Float64Array,
  marks: FieldMarks,
): void {
  for (const { words, share } of phrases) {
    if (words.length < 2) continue;
    // Start from the word with the fewest occurrences and look around it: "khai" is far rarer
    // than "đăng" in "đăng ký khai sinh".
    const counts = words.map((word) => word.matches.reduce((sum, m) => sum + (index.occurrences[m.id]?.length ?? 0), 0));
    const anchor = counts.indexOf(Math.min(...counts));
    marks.begin();
    for (const { id } of words[anchor]?.matches ?? []) {
      for (const position of index.occurrences[id] ?? []) {
        const field = index.fieldAt[position] ?? 0;
        const doc = index.fieldDoc[field] ?? 0;
        if (isCandidate[doc] !== 1 || !phraseAt(index.stream, position - anchor, words)) continue;
        if (marks.mark(field)) total[doc] = (total[doc] ?? 0) + share * PHRASE * (index.fieldWeight[field] ?? 0);
      }
    }
  }
}

// The FIELD_BREAK between fields is no word's match, so a phrase cannot run into the next field.
function phraseAt(stream: Int32Array, start: number, phrase: readonly QueryWord[]): boolean {
  if (start < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    const id = stream[start + k] ?? -1;
    if (id < 0 || !((phrase[k]?.qualities[id] ?? 0) > 0)) return false;
  }
  return true;
}

/**
 * How much of the name the query accounts for, each name word weighted by how rare it is among
 * names: "tạm trú" covers more of "Đăng ký tạm trú" (đăng ký is in half the names) than of
 * "Gia hạn tạm trú", which is about something more specific than the query. A query word accounts
 * for one name word at most, and a term for its best alternative, so that "ký" does not cover both
 * "ký" and "kinh" in "Đăng ký ... hộ kinh doanh".
 */
export function nameBonus(index: InvertedIndex, doc: number, terms: readonly Term[]): number {
  const field = index.nameField[doc] ?? -1;
  const whole = index.nameIdfTotal[doc] ?? 0;
  const names = index.nameTokens[doc];
  if (field < 0 || whole === 0 || !names) return 0;
  let covered = 0;
  for (const term of terms) {
    let bestAlternative = 0;
    for (const alternative of term) {
      let sum = 0;
      for (const word of alternative.words) {
        // A situation's target is named by the phrase as a whole: it accounts for the whole name.
        if (word.text === "" && (word.scores[doc] ?? 0) > 0) {
          sum += whole;
          continue;
        }
        let best = 0;
        for (const id of names) best = Math.max(best, (word.qualities[id] ?? 0) * (index.nameIdf[id] ?? 0));
        sum += best;
      }
      bestAlternative = Math.max(bestAlternative, sum);
    }
    covered += bestAlternative;
  }
  return NAME_COVERAGE * (index.fieldWeight[field] ?? 0) * Math.min(1, covered / whole);
}
