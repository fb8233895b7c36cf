import { ProcedureFieldLabels, type ProcedureContent } from "../schemas/procedure";
import { createSearchIndex, type SearchDocument } from "./search-index";
import type { SearchVocabulary } from "./synonyms";

// Where a word appears says how much a procedure is about it: in the name it is the procedure;
// in the summary or the field (lĩnh vực) it is close; in a document, a step or who files it is
// only mentioned.
const WEIGHT = { name: 10, summary: 4, field: 3, code: 2, mention: 1 } as const;

export type ProcedureHit = { slug: string; score: number; terms: string[] };
export type ProcedureSearch = { search(query: string, limit?: number): ProcedureHit[] };

export function procedureSearchDocument(p: Omit<ProcedureContent, "editorNotes">): SearchDocument {
  const documents = p.documentCases.flatMap((c) => c.documents.map((d) => d.name));
  return {
    id: p.slug,
    fields: [
      { text: p.name, weight: WEIGHT.name },
      { text: p.summary, weight: WEIGHT.summary },
      { text: ProcedureFieldLabels[p.field], weight: WEIGHT.field },
      // Staff and the portal quote the mã thủ tục (1.004194); it should find its procedure.
      { text: p.code ?? "", weight: WEIGHT.code },
      { text: p.whoFiles, weight: WEIGHT.mention },
      // One field per list, not per item: a word in five steps is not five times as relevant.
      { text: documents.join("\n"), weight: WEIGHT.mention },
      { text: p.steps.join("\n"), weight: WEIGHT.mention },
    ],
  };
}

const PREFIX = "procedure:";

export function createProcedureSearch(procedures: readonly Omit<ProcedureContent, "editorNotes">[], vocabulary?: SearchVocabulary): ProcedureSearch {
  // Ids carry the kind, as in the site search, so that a situation's "procedure:…" targets apply here too.
  const index = createSearchIndex(
    procedures.map((p) => ({ ...procedureSearchDocument(p), id: PREFIX + p.slug })),
    vocabulary,
  );
  return {
    search: (query, limit) => index.search(query, { limit }).map(({ id, score, terms }) => ({ slug: id.slice(PREFIX.length), score, terms })),
  };
}
