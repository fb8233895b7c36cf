import { buildInvertedIndex, tokensWithPrefix, type InvertedIndex } from "./inverted-index";
import { tokenize } from "./normalize";
import { compileVocabulary, DEFAULT_VOCABULARY, parseQuery, type SearchVocabulary } from "./synonyms";
import { TopHits } from "./top-hits";

// One search for the API's `q` and the mini app's offline list, so that both rank alike.
// Every term of the query must be found (AND); a synonym is an alternative for its term (OR).

export type SearchField = { text: string; weight: number };
/** `fields[0]` is the document's name: a match there earns the name bonus. */
export type SearchDocument = { id: string; fields: SearchField[] };
/** `terms`: the document's normalised words that matched, for highlighting. */
export type SearchHit = { id: string; score: number; terms: string[] };
export type SearchOptions = { limit?: number };
export type SearchIndex = { readonly size: number; search(query: string, options?: SearchOptions): SearchHit[] };

const quality = {
  exact: 1,
  /** The last word may be half-typed: "khai si" should already find khai sinh. */
  openPrefix: 0.8,
  /** An earlier word the catalogue does not have, read as cut off ("dang k khai sinh"): a weak guess. */
  closedPrefix: 0.3,
  /** A synonym stands for what was typed but says a little less about the intent. */
  synonym: 0.9,
};
/** Share of the other alternatives' scores added when a document matches a term in several ways. */
const AGREEMENT = 0.25;
/** Per field where the words appear consecutively, as a share of the field's weight. */
const PHRASE = 0.5;
/** Times the name's weight, scaled by how much of the name the query covers. */
const NAME_COVERAGE = 1;
// A pasted paragraph must not cost more than a sentence; no one types more than this.
const MAX_QUERY_CHARS = 500;
const MAX_QUERY_TOKENS = 16;

type Match = { id: number; quality: number };
type QueryWord = { text: string; open: boolean };

export function createSearchIndex(docs: readonly SearchDocument[], vocabulary: SearchVocabulary = DEFAULT_VOCABULARY): SearchIndex {
  const index = buildInvertedIndex(docs);
  const rules = compileVocabulary(vocabulary);
  const docCount = index.ids.length;
  const fieldSeen = new Uint32Array(index.fieldDoc.length);
  let fieldStamp = 0;

  function matchesOf(word: QueryWord): Match[] {
    const exact = index.tokenIds.get(word.text);
    const matches: Match[] = exact === undefined ? [] : [{ id: exact, quality: quality.exact }];
    // Vietnamese syllables are short and one is often the start of another (con/công, ho/hôn,
    // tro/trong): a finished word that the catalogue uses means itself. Only the word being typed,
    // or a word the catalogue does not have (a cut-off "dang k"), is read as the start of longer ones.
    if (!word.open && exact !== undefined) return matches;
    const prefixQuality = word.open ? quality.openPrefix : quality.closedPrefix;
    for (const id of tokensWithPrefix(index, word.text)) matches.push({ id, quality: prefixQuality });
    return matches;
  }

  /** For each document: the sum over its fields of weight × the best quality with which the word matched there. */
  function wordScores(matches: readonly Match[], factor: number): Float64Array {
    const scores = new Float64Array(docCount);
    fieldStamp = fieldStamp === 0xffffffff ? 1 : fieldStamp + 1;
    if (fieldStamp === 1) fieldSeen.fill(0);
    // Best quality first, so that a field is scored by its best match only.
    for (const match of matches) {
      for (const position of index.occurrences[match.id] ?? []) {
        const field = index.fieldAt[position] ?? 0;
        if (fieldSeen[field] === fieldStamp) continue;
        fieldSeen[field] = fieldStamp;
        const doc = index.fieldDoc[field] ?? 0;
        scores[doc] = (scores[doc] ?? 0) + (index.fieldWeight[field] ?? 0) * match.quality * factor;
      }
    }
    return scores;
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? Number.POSITIVE_INFINITY));
    const tokens = tokenize(String(query).slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TOKENS);
    if (tokens.length === 0 || limit === 0 || docCount === 0) return [];
    const parsed = parseQuery(tokens, rules);
    const lastTyped = parsed.typed.length - 1;

    const matchCache = new Map<string, Match[]>();
    const matchesFor = (text: string, open: boolean): Match[] => {
      const cacheKey = `${open ? "+" : "-"}${text}`;
      let found = matchCache.get(cacheKey);
      if (!found) matchCache.set(cacheKey, (found = matchesOf({ text, open })));
      return found;
    };
    const isOpen = (term: number, alternative: number, word: number): boolean =>
      parsed.open && term === parsed.terms.length - 1 && alternative === 0 && word === (parsed.terms[term]?.alternatives[0]?.length ?? 0) - 1;

    // Per term: every alternative's words, their matches, and per-document scores.
    const terms = parsed.terms.map((term, t) =>
      term.alternatives.map((words, a) => {
        const factor = a === 0 ? 1 : quality.synonym;
        const matched = words.map((text, w) => matchesFor(text, isOpen(t, a, w)));
        return { words, matched, scores: matched.map((m) => wordScores(m, factor)) };
      }),
    );

    const total = new Float64Array(docCount);
    const termsFound = new Uint8Array(docCount);
    for (const alternatives of terms) {
      const best = new Float64Array(docCount);
      const sum = new Float64Array(docCount);
      for (const alternative of alternatives) {
        for (let doc = 0; doc < docCount; doc++) {
          const score = meanIfAll(alternative.scores, doc);
          if (score === 0) continue;
          sum[doc] = (sum[doc] ?? 0) + score;
          if (score > (best[doc] ?? 0)) best[doc] = score;
        }
      }
      for (let doc = 0; doc < docCount; doc++) {
        const top = best[doc] ?? 0;
        if (top === 0) continue;
        total[doc] = (total[doc] ?? 0) + top + AGREEMENT * ((sum[doc] ?? 0) - top);
        termsFound[doc] = (termsFound[doc] ?? 0) + 1;
      }
    }

    const candidates = chooseCandidates(termsFound, total, terms.length);
    if (candidates.length === 0) return [];

    const qualities = terms.map((alternatives) => alternatives.map((a) => a.matched.map(qualitiesOf)));
    const phrases = phrasesOf(parsed.typed, terms, parsed.open ? lastTyped : -1, matchesFor);
    const isCandidate = new Uint8Array(docCount);
    for (const doc of candidates) isCandidate[doc] = 1;
    addPhraseBonus(index, phrases, isCandidate, total);

    const top = new TopHits(limit, index.ids);
    for (const doc of candidates) {
      top.offer(doc, (total[doc] ?? 0) + nameBonus(index, doc, qualities));
    }
    return top.sorted().map(({ doc, score }) => ({
      id: index.ids[doc] ?? "",
      score: Math.round(score * 1000) / 1000,
      terms: matchedTerms(index, doc, terms),
    }));
  }

  return { size: docCount, search };
}

function meanIfAll(scores: readonly Float64Array[], doc: number): number {
  let sum = 0;
  for (const perDoc of scores) {
    const score = perDoc[doc] ?? 0;
    if (score === 0) return 0;
    sum += score;
  }
  return scores.length === 0 ? 0 : sum / scores.length;
}

/**
 * Documents that have every term. If none has, a query such as "khai sinh cho con" would show
 * nothing because of one word the catalogue does not use, so the documents with most of the terms
 * (at least half) stand in, their scores scaled down by the share of terms they miss.
 */
function chooseCandidates(termsFound: Uint8Array, total: Float64Array, termCount: number): number[] {
  const all: number[] = [];
  let most = 0;
  termsFound.forEach((found, doc) => {
    if (found === termCount) all.push(doc);
    if (found > most) most = found;
  });
  if (all.length > 0 || termCount < 2 || most < Math.ceil(termCount / 2)) return all;
  const partial: number[] = [];
  termsFound.forEach((found, doc) => {
    if (found < most) return;
    partial.push(doc);
    total[doc] = (total[doc] ?? 0) * (found / termCount);
  });
  return partial;
}

/** Token id → the quality with which one query word matches it. */
type WordQualities = Map<number, number>;
const qualitiesOf = (matches: readonly Match[]): WordQualities => new Map(matches.map((m) => [m.id, m.quality]));

type Phrase = Set<number>[];
type TermMatches = { words: string[]; matched: Match[][] }[][];

/** The words as typed, and every several-word synonym, each a sequence of accepted token ids. */
function phrasesOf(typed: readonly string[], terms: TermMatches, lastTyped: number, matchesFor: (text: string, open: boolean) => Match[]): Phrase[] {
  const phrases: Phrase[] = [];
  const toSet = (matches: readonly Match[]): Set<number> => new Set(matches.map((m) => m.id));
  if (typed.length > 1) phrases.push(typed.map((text, i) => toSet(matchesFor(text, i === lastTyped))));
  for (const alternatives of terms) {
    for (const alternative of alternatives.slice(1)) {
      if (alternative.words.length > 1) phrases.push(alternative.matched.map(toSet));
    }
  }
  return phrases;
}

function addPhraseBonus(index: InvertedIndex, phrases: readonly Phrase[], isCandidate: Uint8Array, total: Float64Array): void {
  for (const phrase of phrases) {
    const [first, ...rest] = phrase;
    if (!first) continue;
    const credited = new Set<number>();
    for (const id of first) {
      for (const start of index.occurrences[id] ?? []) {
        const field = index.fieldAt[start] ?? 0;
        const doc = index.fieldDoc[field] ?? 0;
        if (isCandidate[doc] !== 1 || credited.has(field)) continue;
        // FIELD_BREAK (-1) between fields is in no set, so a phrase cannot cross into the next field.
        if (!rest.every((accepted, k) => accepted.has(index.stream[start + k + 1] ?? -1))) continue;
        credited.add(field);
        total[doc] = (total[doc] ?? 0) + PHRASE * (index.fieldWeight[field] ?? 0);
      }
    }
  }
}

/**
 * How much of the name the query accounts for, each name word weighted by how rare it is among
 * names: "tạm trú" covers more of "Đăng ký tạm trú" (đăng ký is in half the names) than of
 * "Gia hạn tạm trú", which is about something more specific than the query. A query word accounts
 * for one name word at most, and a term for its best alternative, so that "ký" does not cover both
 * "ký" and "kinh" in "Đăng ký ... hộ kinh doanh".
 */
function nameBonus(index: InvertedIndex, doc: number, terms: readonly WordQualities[][][]): number {
  const field = index.nameField[doc] ?? -1;
  if (field < 0) return 0;
  const names = new Set<number>();
  for (let p = index.fieldStart[field] ?? 0; p < (index.fieldEnd[field] ?? 0); p++) names.add(index.stream[p] ?? 0);
  let whole = 0;
  for (const id of names) whole += index.nameIdf[id] ?? 0;
  let covered = 0;
  for (const alternatives of terms) {
    let bestAlternative = 0;
    for (const words of alternatives) {
      let sum = 0;
      for (const qualities of words) {
        let best = 0;
        for (const id of names) best = Math.max(best, (qualities.get(id) ?? 0) * (index.nameIdf[id] ?? 0));
        sum += best;
      }
      bestAlternative = Math.max(bestAlternative, sum);
    }
    covered += bestAlternative;
  }
  return whole === 0 ? 0 : NAME_COVERAGE * (index.fieldWeight[field] ?? 0) * Math.min(1, covered / whole);
}

/** The document's words from the alternatives it satisfied, in the order they first appear. */
function matchedTerms(index: InvertedIndex, doc: number, terms: readonly { matched: Match[][]; scores: Float64Array[] }[][]): string[] {
  const wanted = new Set<number>();
  for (const alternatives of terms) {
    for (const alternative of alternatives) {
      if (meanIfAll(alternative.scores, doc) === 0) continue;
      for (const list of alternative.matched) for (const { id } of list) wanted.add(id);
    }
  }
  const found = new Set<string>();
  for (let field = index.docFields[doc] ?? 0; field < (index.docFields[doc + 1] ?? 0); field++) {
    for (let p = index.fieldStart[field] ?? 0; p < (index.fieldEnd[field] ?? 0); p++) {
      const id = index.stream[p] ?? 0;
      if (wanted.has(id)) found.add(index.tokens[id] ?? "");
    }
  }
  return [...found];
}
