import { tokenize } from "./normalize";

// The data behind search-index.ts, in flat typed arrays: a few thousand documents become a few
// arrays instead of millions of small objects, which keeps building and querying fast in a phone's
// webview as well as on the server.

export type IndexedField = { text: string; weight: number };
export type IndexedDocument = { id: string; fields: readonly IndexedField[] };

/** Separates fields in the token stream so that a phrase never runs from one field into the next. */
const FIELD_BREAK = -1;

export type InvertedIndex = {
  ids: string[];
  /** Token text by token id. */
  tokens: string[];
  tokenIds: Map<string, number>;
  /** Token ids in the alphabetical order of their text, for prefix look-up. */
  sorted: Int32Array;
  /** Every document's fields' token ids, one after another, FIELD_BREAK between fields. */
  stream: Int32Array;
  /** For each token id, every position in `stream` where it occurs, ascending. */
  occurrences: Int32Array[];
  /** Field (global number) of each stream position. */
  fieldAt: Int32Array;
  fieldDoc: Int32Array;
  fieldWeight: Float64Array;
  fieldStart: Int32Array;
  fieldEnd: Int32Array;
  /** Document d's fields are the global fields docFields[d] to docFields[d + 1] - 1. */
  docFields: Int32Array;
  /** Global field number of each document's first field (its name), or -1 when it has none. */
  nameField: Int32Array;
  /** How specific a word is as a word of a name: rare in names → high. */
  nameIdf: Float64Array;
};

export function buildInvertedIndex(docs: readonly IndexedDocument[]): InvertedIndex {
  const tokens: string[] = [];
  const tokenIds = new Map<string, number>();
  const stream: number[] = [];
  const fieldDoc: number[] = [];
  const fieldWeight: number[] = [];
  const fieldStart: number[] = [];
  const fieldEnd: number[] = [];
  const nameField = new Int32Array(docs.length).fill(-1);
  const docFields = new Int32Array(docs.length + 1);
  const nameDf: number[] = [];

  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    const fields = docs[docIndex]?.fields ?? [];
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex];
      // A field nobody should find documents by (weight 0) is left out rather than scored as 0.
      if (!field || !(field.weight > 0)) continue;
      const words = tokenize(field.text);
      if (words.length === 0) continue;
      if (fieldIndex === 0) nameField[docIndex] = fieldDoc.length;
      fieldDoc.push(docIndex);
      fieldWeight.push(field.weight);
      fieldStart.push(stream.length);
      for (const word of words) {
        let id = tokenIds.get(word);
        if (id === undefined) {
          id = tokens.length;
          tokenIds.set(word, id);
          tokens.push(word);
          nameDf.push(0);
        }
        stream.push(id);
      }
      fieldEnd.push(stream.length);
      stream.push(FIELD_BREAK);
      if (fieldIndex === 0) for (const id of new Set(stream.slice(-words.length - 1, -1))) nameDf[id] = (nameDf[id] ?? 0) + 1;
    }
    docFields[docIndex + 1] = fieldDoc.length;
  }

  const packed = Int32Array.from(stream);
  const fieldAt = new Int32Array(packed.length).fill(-1);
  fieldStart.forEach((start, field) => fieldAt.fill(field, start, fieldEnd[field]));
  const names = Math.max(1, docs.length);
  return {
    ids: docs.map((doc) => doc.id),
    tokens,
    tokenIds,
    sorted: Int32Array.from(tokens.keys()).sort((a, b) => compareText(tokens[a] ?? "", tokens[b] ?? "")),
    stream: packed,
    occurrences: occurrencesOf(packed, tokens.length),
    fieldAt,
    fieldDoc: Int32Array.from(fieldDoc),
    fieldWeight: Float64Array.from(fieldWeight),
    fieldStart: Int32Array.from(fieldStart),
    fieldEnd: Int32Array.from(fieldEnd),
    docFields,
    nameField,
    nameIdf: Float64Array.from(nameDf, (df) => Math.log(1 + names / Math.max(1, df))),
  };
}

/** Positions of each token in the stream: counted first, then filled, with no growing arrays. */
function occurrencesOf(stream: Int32Array, tokenCount: number): Int32Array[] {
  const counts = new Int32Array(tokenCount);
  for (const id of stream) if (id >= 0) counts[id] = (counts[id] ?? 0) + 1;
  const lists = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(tokenCount);
  for (let position = 0; position < stream.length; position++) {
    const id = stream[position] ?? FIELD_BREAK;
    if (id < 0) continue;
    const list = lists[id];
    const at = filled[id] ?? 0;
    if (list) list[at] = position;
    filled[id] = at + 1;
  }
  return lists;
}

// Code-unit order, the order the binary search below relies on (localeCompare would not do).
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ids of the tokens that start with `prefix` and are longer than it. */
export function tokensWithPrefix(index: InvertedIndex, prefix: string): number[] {
  const { sorted, tokens } = index;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[sorted[mid] ?? 0] ?? "") <= prefix) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < sorted.length; i++) {
    const id = sorted[i] ?? 0;
    if (!(tokens[id] ?? "").startsWith(prefix)) break;
    found.push(id);
  }
  return found;
}
