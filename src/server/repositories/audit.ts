import type { Queryable } from "../db/database";
import type { AuditEntry } from "../../shared/schemas/audit";

export type AuditInput = {
  ward: string | null;
  staff: { id: number | null; login: string };
  action: string;
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  at: Date;
};

/** Call with the transaction of the change itself: no change without its entry, no entry without its change. */
export async function writeAudit(tx: Queryable, e: AuditInput): Promise<void> {
  await tx.query(
    `insert into audit_log (ward_slug, staff_id, staff_login, action, entity, entity_id, before, after, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.ward, e.staff.id, e.staff.login, e.action, e.entity, String(e.entityId), e.before === null ? null : JSON.stringify(e.before), e.after === null ? null : JSON.stringify(e.after), e.at],
  );
}

type Row = { id: string; ward_slug: string | null; staff_login: string; action: string; entity: string; entity_id: string; before: unknown; after: unknown; at: Date };

/** A ward's log, or the national one (`ward` null: guides, the national catalogue, national accounts). */
export async function listAudit(db: Queryable, ward: string | null, limit: number, beforeId?: number): Promise<AuditEntry[]> {
  const rows = await db.query<Row>(
    `select id::text, ward_slug, staff_login, action, entity, entity_id, before, after, at from audit_log
     where ${ward === null ? "ward_slug is null and $1::text is null" : "ward_slug = $1"} ${beforeId ? "and audit_log.id < $3" : ""} order by audit_log.id desc limit $2`,
    beforeId ? [ward, limit, beforeId] : [ward, limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    ward: r.ward_slug,
    staffLogin: r.staff_login,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before ?? null,
    after: r.after ?? null,
    at: r.at.toISOString(),
  }));
}
