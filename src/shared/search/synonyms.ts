import { tokenize } from "./normalize";
import situations from "./situations.json";
import data from "./synonyms.json";

// Residents search with the words they use at the counter ("công chứng", "hộ khẩu", "giấy độc
// thân"), not the statute's. The table is data (synonyms.json) so that a content editor can add a
// word without touching the ranking code. situations.json maps what happened to a resident ("người
// nhà mất ở bệnh viện") straight to the procedures and guides that help (`targets`, "kind:id").
// A ward's editors add their own entries in the console (search-terms), merged with these.

export type SynonymEntry = { typed: string[]; means: string[]; targets?: string[] | undefined };
export type SearchVocabulary = { synonyms: SynonymEntry[]; noise: string[] };

export const DEFAULT_VOCABULARY: SearchVocabulary = { synonyms: [...data.synonyms, ...situations.situations], noise: data.noise };

/** The built-in vocabulary with a ward's own entries added. */
export function withWardTerms(entries: readonly SynonymEntry[], base: SearchVocabulary = DEFAULT_VOCABULARY): SearchVocabulary {
  return entries.length === 0 ? base : { synonyms: [...base.synonyms, ...entries], noise: base.noise };
}

/**
 * One thing the query asks for. A document satisfies it when it contains every token of at least
 * one alternative. `alternatives[0]` is always the words as typed, so a synonym adds, never replaces.
 */
export type QueryTerm = { alternatives: string[][]; targets: string[] };

export type ParsedQuery = {
  terms: QueryTerm[];
  /** The typed words that remain after noise removal, in order: what a phrase match looks for. */
  typed: string[];
  /** The query's last word is the end of `typed`, so it may still be half-typed ("khai si"). */
  open: boolean;
};

type Rule = { kind: "noise" } | { kind: "synonym"; means: string[][]; targets: string[] };
export type CompiledVocabulary = {
  rules: Map<string, Rule>;
  longest: number;
  /** Every word of a phrase in the table: a typed word that is one of these is not a typo. */
  words: Set<string>;
};

const key = (tokens: readonly string[]): string => tokens.join(" ");

export function compileVocabulary(vocabulary: SearchVocabulary): CompiledVocabulary {
  const rules = new Map<string, Rule>();
  const words = new Set<string>();
  let longest = 1;
  const remember = (tokens: string[], rule: Rule): void => {
    if (tokens.length === 0) return;
    longest = Math.max(longest, tokens.length);
    for (const word of tokens) words.add(word);
    const existing = rules.get(key(tokens));
    // A phrase listed twice under `typed` means the union of both; a synonym wins over noise.
    if (existing?.kind === "synonym" && rule.kind === "synonym") {
      existing.means.push(...rule.means);
      existing.targets.push(...rule.targets.filter((t) => !existing.targets.includes(t)));
    } else if (existing?.kind !== "synonym") rules.set(key(tokens), rule);
  };
  for (const entry of vocabulary.synonyms) {
    const means = entry.means.map(tokenize).filter((tokens) => tokens.length > 0);
    for (const meant of means) for (const word of meant) words.add(word);
    for (const typed of entry.typed) remember(tokenize(typed), { kind: "synonym", means: [...means], targets: [...(entry.targets ?? [])] });
  }
  for (const phrase of vocabulary.noise) remember(tokenize(phrase), { kind: "noise" });
  return { rules, longest, words };
}

const DEFAULT_COMPILED = compileVocabulary(DEFAULT_VOCABULARY);

/**
 * Splits normalised query tokens into terms, longest known phrase first (so "giấy chứng tử" is read
 * as one thing, not as "giấy" + "chứng tử"). Noise is dropped only if something else remains:
 * a query of only "thủ tục" still searches for "thủ tục".
 */
export function parseQuery(tokens: readonly string[], vocabulary: CompiledVocabulary = DEFAULT_COMPILED): ParsedQuery {
  const withoutNoise = readTerms(tokens, vocabulary, true);
  return withoutNoise.terms.length > 0 ? withoutNoise : readTerms(tokens, vocabulary, false);
}

function readTerms(tokens: readonly string[], vocabulary: CompiledVocabulary, dropNoise: boolean): ParsedQuery {
  const terms: QueryTerm[] = [];
  const typed: string[] = [];
  let open = false;
  let i = 0;
  while (i < tokens.length) {
    const match = longestRule(tokens, i, vocabulary, dropNoise);
    const words = tokens.slice(i, i + match.length);
    i += match.length;
    open = match.rule?.kind !== "noise";
    if (!open) continue;
    typed.push(...words);
    if (match.rule?.kind === "synonym") {
      const seen = new Set([key(words)]);
      const alternatives = [words];
      for (const alternative of match.rule.means) {
        if (seen.has(key(alternative))) continue;
        seen.add(key(alternative));
        alternatives.push(alternative);
      }
      terms.push({ alternatives, targets: match.rule.targets });
    } else {
      // Unknown words are one term each; the ranking weighs each by how rare it is.
      for (const word of words) terms.push({ alternatives: [[word]], targets: [] });
    }
  }
  return { terms, typed, open };
}

function longestRule(
  tokens: readonly string[],
  start: number,
  vocabulary: CompiledVocabulary,
  dropNoise: boolean,
): { length: number; rule: Rule | undefined } {
  for (let length = Math.min(vocabulary.longest, tokens.length - start); length > 0; length--) {
    const rule = vocabulary.rules.get(key(tokens.slice(start, start + length)));
    if (rule && (dropNoise || rule.kind === "synonym")) return { length, rule };
  }
  return { length: 1, rule: undefined };
}
