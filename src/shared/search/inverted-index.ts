import { tokenize } from "./normalize";

// The data behind search-index.ts, in flat typed arrays: a few thousand documents become a few
// arrays instead of millions of small objects, which keeps building and querying fast in a phone's
// webview as well as on the server.

export type IndexedField = { text: string; weight: number };
export type IndexedDocument = { id: string; fields: readonly IndexedField[] };

/** Separates fields in the token stream so that a phrase never runs from one field into the next. */
export const FIELD_BREAK = -1;

export type InvertedIndex = {
  ids: string[];
  /** Token text by token id. */
  tokens: string[];
  tokenIds: Map<string, number>;
  /** Token ids in the alphabetical order of their text, for prefix look-up. */
  sorted: Int32Array;
  /** Every document's fields' token ids, one after another, FIELD_BREAK between fields. */
  stream: Int32Array;
  /** For each token id, every position in `stream` where it occurs, ascending (for phrases). */
  occurrences: Int32Array[];
  /** For each token id, the fields (global numbers) that contain it, each once (for scores). */
  postings: Int32Array[];
  /** Field (global number) of each stream position; -1 at a FIELD_BREAK. */
  fieldAt: Int32Array;
  fieldDoc: Int32Array;
  fieldWeight: Float64Array;
  fieldStart: Int32Array;
  fieldEnd: Int32Array;
  /** Document d's fields are the global fields docFields[d] to docFields[d + 1] - 1. */
  docFields: Int32Array;
  /** Global field number of each document's first field (its name), or -1 when it has none. */
  nameField: Int32Array;
  /** Each document's name's distinct token ids. */
  nameTokens: Int32Array[];
  /** How specific a word is as a word of a name: rare in names → high. */
  nameIdf: Float64Array;
  /** Sum of nameIdf over each document's nameTokens. */
  nameIdfTotal: Float64Array;
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
  const nameTokens: Int32Array[] = [];

  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    const fields = docs[docIndex]?.fields ?? [];
    nameTokens.push(new Int32Array(0));
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex];
      // A field nobody should find documents by (weight 0) is left out rather than scored as 0.
      if (!field || !(field.weight > 0)) continue;
      const words = tokenize(field.text);
      if (words.length === 0) continue;
      fieldDoc.push(docIndex);
      fieldWeight.push(field.weight);
      fieldStart.push(stream.length);
      const ids = words.map((word) => {
        let id = tokenIds.get(word);
        if (id === undefined) {
          id = tokens.length;
          tokenIds.set(word, id);
          tokens.push(word);
        }
        stream.push(id);
        return id;
      });
      if (fieldIndex === 0) {
        nameField[docIndex] = fieldDoc.length - 1;
        nameTokens[docIndex] = Int32Array.from(new Set(ids));
      }
      fieldEnd.push(stream.length);
      stream.push(FIELD_BREAK);
    }
    docFields[docIndex + 1] = fieldDoc.length;
  }

  const packed = Int32Array.from(stream);
  const fieldAt = new Int32Array(packed.length).fill(-1);
  fieldStart.forEach((start, field) => fieldAt.fill(field, start, fieldEnd[field]));
  const occurrences = occurrencesOf(packed, tokens.length);
  const nameIdf = nameSpecificity(nameTokens, tokens.length);
  return {
    ids: docs.map((doc) => doc.id),
    tokens,
    tokenIds,
    sorted: Int32Array.from(tokens.keys()).sort((a, b) => compareText(tokens[a] ?? "", tokens[b] ?? "")),
    stream: packed,
    occurrences,
    postings: occurrences.map((positions) => distinctFields(positions, fieldAt)),
    fieldAt,
    fieldDoc: Int32Array.from(fieldDoc),
    fieldWeight: Float64Array.from(fieldWeight),
    fieldStart: Int32Array.from(fieldStart),
    fieldEnd: Int32Array.from(fieldEnd),
    docFields,
    nameField,
    nameTokens,
    nameIdf,
    nameIdfTotal: Float64Array.from(nameTokens, (ids) => ids.reduce((sum, id) => sum + (nameIdf[id] ?? 0), 0)),
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
    const at = filled[id] ?? 0;
    const list = lists[id];
    if (list) list[at] = position;
    filled[id] = at + 1;
  }
  return lists;
}

function distinctFields(positions: Int32Array, fieldAt: Int32Array): Int32Array {
  const fields: number[] = [];
  for (const position of positions) {
    const field = fieldAt[position] ?? -1;
    // Positions ascend, so a field's positions are next to each other.
    if (field !== fields[fields.length - 1]) fields.push(field);
  }
  return Int32Array.from(fields);
}

function nameSpecificity(nameTokens: readonly Int32Array[], tokenCount: number): Float64Array {
  const df = new Int32Array(tokenCount);
  for (const ids of nameTokens) for (const id of ids) df[id] = (df[id] ?? 0) + 1;
  const names = Math.max(1, nameTokens.length);
  return Float64Array.from(df, (count) => Math.log(1 + names / Math.max(1, count)));
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
