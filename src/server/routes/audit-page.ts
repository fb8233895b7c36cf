import type { AuditEntry } from "../../shared/schemas/audit";

/** One page of an audit log, newest first, with the id to ask for the next page. */
export async function auditPage(query: { limit?: number | undefined; before?: number | undefined }, list: (limit: number, before: number | undefined) => Promise<AuditEntry[]>) {
  const limit = query.limit ?? 50;
  const items = await list(limit, query.before);
  const last = items[items.length - 1];
  return { items, nextBefore: items.length === limit && last ? last.id : null };
}
