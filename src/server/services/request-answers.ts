import { decodeCursor, encodeCursor } from "../lib/cursor";
import { listPublishedAnswers } from "../repositories/requests";
import { normalizeText } from "../../shared/search/normalize";
import type { PublicAnswer } from "../../shared/schemas/requests";
import type { ServiceContext } from "./versioned-change";

const isOffset = (parts: unknown[]): parts is [number] => parts.length === 1 && Number.isInteger(parts[0]) && (parts[0] as number) >= 0 && (parts[0] as number) < 100_000;

/**
 * Hỏi đáp: published answers, newest first; `q` keeps those whose question or answer holds every
 * word of it, compared without diacritics (the search module's normalisation).
 */
export async function publishedAnswers(ctx: ServiceContext, ward: string, q: string | undefined, cursor: string | undefined, limit: number): Promise<{ items: PublicAnswer[]; nextCursor: string | null }> {
  const offset = cursor ? decodeCursor(cursor, isOffset)[0] : 0;
  const words = normalizeText(q ?? "").split(/[^a-z0-9]+/).filter(Boolean);
  const all = await listPublishedAnswers(ctx.db, ward);
  const matching = words.length === 0 ? all : all.filter((a) => {
    const hay = normalizeText(`${a.question} ${a.answer}`);
    return words.every((w) => hay.includes(w));
  });
  const page = matching.slice(offset, offset + limit);
  return {
    items: page.map((a) => ({ id: a.id, kind: a.kind, question: a.question, answer: a.answer, answeredAt: a.answeredAt.toISOString() })),
    nextCursor: offset + limit < matching.length ? encodeCursor([offset + limit]) : null,
  };
}
