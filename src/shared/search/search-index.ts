import { buildInvertedIndex, tokensWithPrefix, type InvertedIndex } from "./inverted-index";
import { tokenize } from "./normalize";
import { addPhraseBonus, alternativeScore, FieldMarks, nameBonus, type Match, type Phrase, type QueryWord, type Term } from "./ranking";
import { compileVocabulary, DEFAULT_VOCABULARY, parseQuery, type SearchVocabulary } from "./synonyms";
import { repairWord, withinOneEdit } from "./typing-slips";
import { TopHits } from "./top-hits";

// One search for the API's `q` and the mini app's offline list, so that both rank alike.
// Residents ask in sentences ("đăng ký khai tử cho bà ngoại mất hôm qua"), so no word is required:
// each term counts by how rare it is in the index (IDF), and a document is ranked by how much of
// the query's distinctive part it covers. A synonym is an alternative for its term (OR).

export type SearchField = { text: string; weight: number };
/** `fields[0]` is the document's name: a match there earns the name bonus. */
export type SearchDocument = { id: string; fields: SearchField[] };
/** `terms`: the document's normalised words that matched, for highlighting. */
export type SearchHit = { id: string; score: number; terms: string[] };
export type SearchOptions = { limit?: number };
export type SearchIndex = {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The closest documents for a query that found nothing: every word read loosely (prefix, one edit). */
  closest(query: string, limit: number): SearchHit[];
};

const quality = {
  exact: 1,
  /** The last word may be half-typed: "khai si" should already find khai sinh. */
  openPrefix: 0.8,
  /** An earlier word the catalogue does not have, read as cut off ("dang k khai sinh"): a weak guess. */
  closedPrefix: 0.3,
  /** A word the catalogue does not have, one letter away from one it has ("pascode"). */
  oneEdit: 0.6,
  /** A synonym stands for what was typed but says a little less about the intent. */
  synonym: 0.9,
  /** A situation's target, scored as a match in its name. */
  situation: 0.9,
};
/** Share of the other alternatives' scores added when a document matches a term in several ways. */
const AGREEMENT = 0.25;
/** Syllables shorter than this are not read as typos: "benh" and "binh", "con" and "côn" are different words. */
const FUZZY_MIN_LENGTH = 5;
/** A document is shown when it covers at least this share of what the best one covers. */
const RELATIVE_COVERAGE = 0.55;
/** How much missing the query's distinctive words costs (score × coverage^this). */
const COVERAGE_POWER = 2;
/** How many of the best-scoring candidates get the phrase and name bonuses (at least 4 × the limit). */
const BONUS_POOL = 200;
/** A word in at most this share of the documents tells them apart. */
const DISTINCTIVE_SHARE = 0.15;
/** Queries of at least this many words get the "nothing fits" check (shorter ones are names being typed). */
const NOTHING_FITS_MIN_TERMS = 3;
/** Added when the query is the document's whole name. */
const EXACT_NAME = 1;
// A pasted paragraph must not cost more than a sentence; no one types more than this.
const MAX_QUERY_CHARS = 500;
const MAX_QUERY_TOKENS = 16;

export function createSearchIndex(docs: readonly SearchDocument[], vocabulary: SearchVocabulary = DEFAULT_VOCABULARY): SearchIndex {
  const index = buildInvertedIndex(docs);
  const rules = compileVocabulary(vocabulary);
  const docCount = index.ids.length;
  const marks = new FieldMarks(index.fieldDoc.length);
  const docById = new Map(index.ids.map((id, doc) => [id, doc]));
  const byName = new Map<string, number[]>();
  index.ids.forEach((_, doc) => {
    const key = nameKey(index, doc);
    if (key) byName.set(key, [...(byName.get(key) ?? []), doc]);
  });
  const isKnown = (word: string) => index.tokenIds.has(word) || rules.words.has(word);

  function resolve(text: string, open: boolean, loose = false): QueryWord {
    const exact = index.tokenIds.get(text);
    const matches: Match[] = exact === undefined ? [] : [{ id: exact, quality: quality.exact }];
    // Vietnamese syllables are short and one is often the start of another (con/công, ho/hôn,
    // tro/trong): a finished word that the catalogue uses means itself. Only the word being typed,
    // or a word the catalogue does not have (a cut-off "dang k"), is read as the start of longer ones.
    if (open || exact === undefined || loose) {
      const prefixQuality = open ? quality.openPrefix : quality.closedPrefix;
      for (const id of tokensWithPrefix(index, text)) matches.push({ id, quality: prefixQuality });
    }
    if ((exact === undefined || loose) && text.length >= FUZZY_MIN_LENGTH) {
      const seen = new Set(matches.map((m) => m.id));
      index.tokens.forEach((token, id) => {
        if (!seen.has(id) && token.length >= FUZZY_MIN_LENGTH - 1 && withinOneEdit(text, token)) matches.push({ id, quality: quality.oneEdit });
      });
    }
    const qualities = new Float64Array(index.tokens.length);
    for (const m of matches) qualities[m.id] = Math.max(qualities[m.id] ?? 0, m.quality);
    return { text, open, matches, qualities, scores: wordScores(matches) };
  }

  function wordScores(matches: readonly Match[]): Float64Array {
    const scores = new Float64Array(docCount);
    // Best quality first, so that a field is scored by its best match only.
    const ordered = [...matches].sort((a, b) => b.quality - a.quality);
    marks.begin();
    for (const { id, quality: q } of ordered) {
      for (const field of index.postings[id] ?? []) {
        if (!marks.mark(field)) continue;
        const doc = index.fieldDoc[field] ?? 0;
        scores[doc] = (scores[doc] ?? 0) + (index.fieldWeight[field] ?? 0) * q;
      }
    }
    return scores;
  }

  /** A situation's targets as a word that "matches" exactly those documents, in their names. */
  function targetWord(targets: readonly string[]): QueryWord | null {
    const scores = new Float64Array(docCount);
    let any = false;
    for (const target of targets) {
      const doc = docById.get(target);
      if (doc === undefined) continue;
      const name = index.nameField[doc] ?? -1;
      scores[doc] = quality.situation * (name >= 0 ? (index.fieldWeight[name] ?? 0) : 1);
      any = true;
    }
    return any ? { text: "", open: false, matches: [], qualities: new Float64Array(0), scores } : null;
  }

  function run(query: string, limit: number, loose: boolean): SearchHit[] {
    const raw = tokenize(String(query).slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TOKENS);
    if (raw.length === 0 || limit === 0 || docCount === 0) return [];
    const tokens = raw.map((token) => repairWord(token, isKnown));
    const parsed = parseQuery(tokens, rules);

    const resolved = new Map<string, QueryWord>();
    const word = (text: string, open: boolean): QueryWord => {
      const key = `${open ? "+" : "-"}${text}`;
      let found = resolved.get(key);
      if (!found) resolved.set(key, (found = resolve(text, open, loose)));
      return found;
    };
    const lastTerm = parsed.terms.length - 1;
    // Only the last word as typed may be unfinished; synonyms are complete words from the table.
    const terms = distinct(
      parsed.terms.map((term, t) => {
        const alternatives: Term = term.alternatives.map((texts, a) => ({
          factor: a === 0 ? 1 : quality.synonym,
          words: texts.map((text, w) => word(text, parsed.open && t === lastTerm && a === 0 && w === texts.length - 1)),
        }));
        const situation = targetWord(term.targets);
        if (situation) alternatives.push({ factor: 1, words: [situation] });
        return alternatives;
      }),
    );

    // Each term's score per document, and how specific the term is: a word most documents share
    // ("đăng ký", "giấy") says little about which one the resident wants.
    const total = new Float64Array(docCount);
    const covered = new Float64Array(docCount);
    const perTerm = terms.map((term) => {
      const scores = new Float64Array(docCount);
      let df = 0;
      for (let doc = 0; doc < docCount; doc++) {
        let best = 0;
        let sum = 0;
        for (const alternative of term) {
          const score = alternativeScore(alternative, doc);
          sum += score;
          if (score > best) best = score;
        }
        if (best === 0) continue;
        scores[doc] = best + AGREEMENT * (sum - best);
        df++;
      }
      return { scores, df, idf: df === 0 ? 0 : Math.log(1 + docCount / df), phrase: phraseLength(term) };
    });
    // A phrase the vocabulary knows ("người nhà mất", "sổ hộ khẩu") is what the resident is asking
    // about, however many documents it matches: it weighs as much as the rarest word typed, twice
    // for a phrase of several words, so that the other words of a sentence do not outvote it.
    const rarest = Math.max(0, ...perTerm.map((t) => t.idf));
    for (const t of perTerm) if (t.phrase > 0 && t.idf > 0) t.idf = Math.max(t.idf, rarest * Math.min(2, t.phrase));
    const matchedTerms = perTerm.filter((t) => t.idf > 0);
    if (matchedTerms.length === 0) return [];
    // Words the index does not have, next to only words most documents share ("giấy … xyz"): the
    // resident asks for something the ward does not offer, and saying so beats a list of guesses.
    const distinctive = matchedTerms.some((t) => t.phrase > 0 || t.df <= Math.max(1, DISTINCTIVE_SHARE * docCount));
    if (!loose && matchedTerms.length < perTerm.length && !distinctive) return [];
    const mass = matchedTerms.reduce((sum, t) => sum + t.idf, 0);
    const meanIdf = mass / matchedTerms.length;
    for (const { scores, idf } of matchedTerms) {
      const weight = idf / meanIdf;
      for (let doc = 0; doc < docCount; doc++) {
        const score = scores[doc] ?? 0;
        if (score === 0) continue;
        total[doc] = (total[doc] ?? 0) + weight * score;
        covered[doc] = (covered[doc] ?? 0) + idf / mass;
      }
    }
    let bestCoverage = 0;
    for (let doc = 0; doc < docCount; doc++) bestCoverage = Math.max(bestCoverage, covered[doc] ?? 0);
    let candidates: number[] = [];
    for (let doc = 0; doc < docCount; doc++) if ((covered[doc] ?? 0) >= RELATIVE_COVERAGE * bestCoverage && (covered[doc] ?? 0) > 0) candidates.push(doc);
    // The phrase and name bonuses reorder what is already near the top; computing them for
    // thousands of weak matches in a large catalogue cost most of a query's time.
    const keep = Math.max(BONUS_POOL, limit * 4);
    if (candidates.length > keep) {
      const base = (doc: number) => (total[doc] ?? 0) * ((covered[doc] ?? 0) / bestCoverage) ** COVERAGE_POWER;
      candidates = candidates
        .map((doc) => ({ doc, score: base(doc) }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc)
        .slice(0, keep)
        .map((c) => c.doc);
    }

    const isCandidate = new Uint8Array(docCount);
    for (const doc of candidates) isCandidate[doc] = 1;
    const typed = parsed.typed.map((text, i) => word(text, parsed.open && i === parsed.typed.length - 1));
    const synonyms = terms.flatMap((term) => term.slice(1).filter((a) => a.words[0]?.text !== "").map((alternative) => ({ words: alternative.words, share: 1 })));
    addPhraseBonus(index, [...typedPairs(typed), ...synonyms], isCandidate, total, marks);
    const exactName = new Set(byName.get(parsed.typed.join(" ")) ?? []);

    const scored = candidates.map((doc) => {
      const coverage = (covered[doc] ?? 0) / bestCoverage;
      const name = index.nameField[doc] ?? -1;
      const exact = exactName.has(doc) && name >= 0 ? EXACT_NAME * (index.fieldWeight[name] ?? 0) : 0;
      return { doc, score: ((total[doc] ?? 0) + nameBonus(index, doc, terms) + exact) * coverage ** COVERAGE_POWER };
    });
    // An editor who wrote "this phrase means that procedure" (a situation, or a ward's own search
    // word) has said what the answer is: the items named are shown before anything that only
    // shares words with the query, such as a guide whose title repeats the procedure's name.
    const targeted = targetedDocs(terms);
    if (!loose && nothingFits(scored, perTerm, targeted, (doc) => nameBonus(index, doc, terms) > 0)) return [];
    const ahead = targeted.size === 0 ? 0 : Math.max(0, ...scored.filter(({ doc }) => !targeted.has(doc)).map(({ score }) => score));
    const top = new TopHits(limit, index.ids);
    for (const { doc, score } of scored) {
      const ranked = targeted.has(doc) ? score + ahead : score;
      // Rounded before ranking, so that scores that look equal are ordered by id like equal ones.
      top.offer(doc, Math.round(ranked * 1000) / 1000);
    }
    return top.sorted().map(({ doc, score }) => ({ id: index.ids[doc] ?? "", score, terms: matchedWords(index, doc, terms) }));
  }

  const limitOf = (requested: number | undefined): number => {
    const value = requested ?? Number.POSITIVE_INFINITY;
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(value));
  };

  return {
    size: docCount,
    search: (query, options = {}) => run(query, limitOf(options.limit), false),
    closest: (query, limit) => run(query, limitOf(limit), true),
  };
}

/**
 * How many words a term's vocabulary phrase has: 0 for a word not in the vocabulary and for a
 * one-word synonym such as con → trẻ, which says less; a situation counts as a phrase.
 */
function phraseLength(term: Term): number {
  const typed = term[0]?.words.length ?? 0;
  if (term.length < 2) return 0;
  if (typed > 1) return typed;
  return term.some((alternative) => alternative.words[0]?.text === "") ? 1 : 0;
}

/** The document's name as normalised words, for the exact-name boost. */
function nameKey(index: InvertedIndex, doc: number): string {
  const field = index.nameField[doc] ?? -1;
  if (field < 0) return "";
  const words: string[] = [];
  for (let p = index.fieldStart[field] ?? 0; p < (index.fieldEnd[field] ?? 0); p++) words.push(index.tokens[index.stream[p] ?? 0] ?? "");
  return words.join(" ");
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

/** The documents a situation's targets name (the target word has no text, only scores). */
function targetedDocs(terms: readonly Term[]): Set<number> {
  const docs = new Set<number>();
  for (const term of terms) {
    for (const alternative of term) {
      const [target] = alternative.words;
      if (target?.text !== "" || alternative.words.length !== 1) continue;
      target.scores.forEach((score, doc) => {
        if (score > 0) docs.add(doc);
      });
    }
  }
  return docs;
}

/**
 * "Nothing fits" (issue 16): a longer query of words the catalogue does not use ("múa lân rồng
 * bay") still shares a common short syllable or two with some document once tones are folded (lần,
 * trong). When even the best document accounts for no more than half of the query's words, none
 * of them in its name, and none is a phrase or situation an editor wrote, those hits would
 * mislead: the resident is told plainly that nothing was found and offered the closest items
 * instead (`closest`). "khai sinh ngày mai" still finds Đăng ký khai sinh: its name has the words.
 */
function nothingFits(
  scored: readonly { doc: number; score: number }[],
  perTerm: readonly { scores: Float64Array; phrase: number }[],
  targeted: ReadonlySet<number>,
  inName: (doc: number) => boolean,
): boolean {
  if (perTerm.length < NOTHING_FITS_MIN_TERMS || scored.length === 0) return false;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (targeted.has(best.doc) || inName(best.doc)) return false;
  const found = perTerm.filter((t) => (t.scores[best.doc] ?? 0) > 0);
  if (found.some((t) => t.phrase > 0)) return false;
  return found.length * 2 <= perTerm.length;
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

/** The document's words from the alternatives it satisfied, in the order they first appear. */
function matchedWords(index: InvertedIndex, doc: number, terms: readonly Term[]): string[] {
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
