import { buildInvertedIndex, tokensWithPrefix, type InvertedIndex } from "./inverted-index";
import { tokenize } from "./normalize";
import { addPhraseBonus, alternativeScore, FieldMarks, nameBonus, type Match, type Phrase, type QueryWord, type Term } from "./ranking";
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
// A pasted paragraph must not cost more than a sentence; no one types more than this.
const MAX_QUERY_CHARS = 500;
const MAX_QUERY_TOKENS = 16;

export function createSearchIndex(docs: readonly SearchDocument[], vocabulary: SearchVocabulary = DEFAULT_VOCABULARY): SearchIndex {
  const index = buildInvertedIndex(docs);
  const rules = compileVocabulary(vocabulary);
  const docCount = index.ids.length;
  const marks = new FieldMarks(index.fieldDoc.length);

  function resolve(text: string, open: boolean): QueryWord {
    const exact = index.tokenIds.get(text);
    const matches: Match[] = exact === undefined ? [] : [{ id: exact, quality: quality.exact }];
    // Vietnamese syllables are short and one is often the start of another (con/công, ho/hôn,
    // tro/trong): a finished word that the catalogue uses means itself. Only the word being typed,
    // or a word the catalogue does not have (a cut-off "dang k"), is read as the start of longer ones.
    if (open || exact === undefined) {
      const prefixQuality = open ? quality.openPrefix : quality.closedPrefix;
      for (const id of tokensWithPrefix(index, text)) matches.push({ id, quality: prefixQuality });
    }
    const qualities = new Float64Array(index.tokens.length);
    for (const m of matches) qualities[m.id] = m.quality;
    return { text, open, matches, qualities, scores: wordScores(matches) };
  }

  function wordScores(matches: readonly Match[]): Float64Array {
    const scores = new Float64Array(docCount);
    marks.begin();
    for (const { id, quality: q } of matches) {
      for (const field of index.postings[id] ?? []) {
        if (!marks.mark(field)) continue;
        const doc = index.fieldDoc[field] ?? 0;
        scores[doc] = (scores[doc] ?? 0) + (index.fieldWeight[field] ?? 0) * q;
      }
    }
    return scores;
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const requested = options.limit ?? Number.POSITIVE_INFINITY;
    const limit = Number.isNaN(requested) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(requested));
    const tokens = tokenize(String(query).slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TOKENS);
    if (tokens.length === 0 || limit === 0 || docCount === 0) return [];
    const parsed = parseQuery(tokens, rules);

    const resolved = new Map<string, QueryWord>();
    const word = (text: string, open: boolean): QueryWord => {
      const key = `${open ? "+" : "-"}${text}`;
      let found = resolved.get(key);
      if (!found) resolved.set(key, (found = resolve(text, open)));
      return found;
    };
    const lastTerm = parsed.terms.length - 1;
    // Only the last word as typed may be unfinished; synonyms are complete words from the table.
    const terms = distinct(
      parsed.terms.map((term, t) =>
        term.alternatives.map((texts, a) => ({
          factor: a === 0 ? 1 : quality.synonym,
          words: texts.map((text, w) => word(text, parsed.open && t === lastTerm && a === 0 && w === texts.length - 1)),
        })),
      ),
    );

    const total = new Float64Array(docCount);
    const found = new Uint8Array(docCount);
    for (const term of terms) {
      for (let doc = 0; doc < docCount; doc++) {
        let best = 0;
        let sum = 0;
        for (const alternative of term) {
          const score = alternativeScore(alternative, doc);
          sum += score;
          if (score > best) best = score;
        }
        if (best === 0) continue;
        total[doc] = (total[doc] ?? 0) + best + AGREEMENT * (sum - best);
        found[doc] = (found[doc] ?? 0) + 1;
      }
    }
    const candidates = chooseCandidates(found, total, terms.length);
    if (candidates.length === 0) return [];

    const isCandidate = new Uint8Array(docCount);
    for (const doc of candidates) isCandidate[doc] = 1;
    const typed = parsed.typed.map((text, i) => word(text, parsed.open && i === parsed.typed.length - 1));
    const synonyms = terms.flatMap((term) => term.slice(1).map((alternative) => ({ words: alternative.words, share: 1 })));
    addPhraseBonus(index, [...typedPairs(typed), ...synonyms], isCandidate, total, marks);

    const top = new TopHits(limit, index.ids);
    // Rounded before ranking, so that scores that look equal are ordered by id like equal ones.
    for (const doc of candidates) top.offer(doc, Math.round(((total[doc] ?? 0) + nameBonus(index, doc, terms)) * 1000) / 1000);
    return top.sorted().map(({ doc, score }) => ({ id: index.ids[doc] ?? "", score, terms: matchedTerms(index, doc, terms) }));
  }

  return { size: docCount, search };
}

/**
 * The typed words as pairs of neighbours, each worth an equal share of the phrase bonus: a field
 * with all of them has the whole query in order, and one extra word ("khai sinh cho con") or a
 * repeated one loses only the pairs it breaks.
 */
function typedPairs(typed: readonly QueryWord[]): Phrase[] {
  const pairs = new Map<string, QueryWord[]>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const [first, second] = [typed[i], typed[i + 1]];
    if (first && second) pairs.set(`${first.open}${first.text} ${second.open}${second.text}`, [first, second]);
  }
  return [...pairs.values()].map((words) => ({ words, share: 1 / pairs.size }));
}

/** A word typed twice is asked for once: "đăng ký đăng ký" must not count đăng ký double. */
function distinct(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.map((alternative) => alternative.words.map((w) => `${w.open ? "+" : "-"}${w.text}`).join(" ")).join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Documents that have every term. If none has, a query such as "khai sinh ngay mai" would show
 * nothing because of words the catalogue does not use, so the documents with the most terms (at
 * least half of them) stand in, their scores scaled down by the share of terms they miss.
 */
function chooseCandidates(found: Uint8Array, total: Float64Array, termCount: number): number[] {
  const all: number[] = [];
  let most = 0;
  found.forEach((count, doc) => {
    if (count === termCount) all.push(doc);
    if (count > most) most = count;
  });
  if (all.length > 0 || termCount < 2 || most < Math.ceil(termCount / 2)) return all;
  const partial: number[] = [];
  found.forEach((count, doc) => {
    if (count < most) return;
    partial.push(doc);
    total[doc] = (total[doc] ?? 0) * (count / termCount);
  });
  return partial;
}

/** The document's words from the alternatives it satisfied, in the order they first appear. */
function matchedTerms(index: InvertedIndex, doc: number, terms: readonly Term[]): string[] {
  const wanted = new Set<number>();
  for (const term of terms) {
    for (const alternative of term) {
      if (alternativeScore(alternative, doc) === 0) continue;
      for (const word of alternative.words) for (const { id } of word.matches) wanted.add(id);
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
