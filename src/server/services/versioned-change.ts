import type { Database, Queryable } from "../db/database";
import { ApiError } from "../lib/api-error";
import { writeAudit } from "../repositories/audit";

/** What every service needs: the database, "now", and the response caches to clear after a change. */
export type ServiceContext = { db: Database; clock: () => Date; clearCaches: () => void };

/** Who makes a change: written into the audit entry. */
export type Actor = { id: number | null; login: string; name: string };

/** A ward's slug, or null for national content (audited where the national role sees it). */
export type AuditWard = string | null;

export const staleVersion = (label: string, current: number | null, yours: number | null) =>
  new ApiError(
    409,
    "STALE_VERSION",
    current === null
      ? `${label} đã bị xóa hoặc chưa có (bạn sửa từ phiên bản ${yours}). Hãy tải lại rồi sửa tiếp. (Stale version: it does not exist.)`
      : `${label} vừa được người khác sửa (phiên bản hiện tại ${current}, bạn sửa từ ${yours === null ? "lúc chưa có" : `phiên bản ${yours}`}). Hãy tải lại để xem bản mới rồi sửa tiếp. (Stale version.)`,
    { currentVersion: current },
  );

/** What the audit entry says; `wards` lists every ward whose staff must see it (null = national). */
export type AuditOf = { action: string; entity: string; entityId: string | number; wards: AuditWard[] };

/**
 * The one write path without a version (creating a row, changing a staff account): the change and
 * its audit entries in one transaction, the response caches cleared after it committed.
 */
export async function recordedChange<T>(
  ctx: ServiceContext,
  actor: Actor,
  work: (tx: Queryable, now: Date) => Promise<{ before: T | null; after: T }>,
  audit: (before: T | null, after: T) => AuditOf,
): Promise<T> {
  const now = ctx.clock();
  const after = await ctx.db.transaction(async (tx) => {
    const change = await work(tx, now);
    const a = audit(change.before, change.after);
    for (const ward of new Set(a.wards)) {
      await writeAudit(tx, { ward, staff: actor, action: a.action, entity: a.entity, entityId: a.entityId, before: change.before, after: change.after, at: now });
    }
    return change.after;
  });
  ctx.clearCaches();
  return after;
}

export type VersionedChange<T> = {
  /** Names the row: the lock key and the audit's entity. */
  entity: string;
  entityId: string;
  /** Vietnamese subject for the 409 message, e.g. "Tổ này". */
  label: string;
  /** The version the caller edited; null when they believe the row does not exist yet (first save). */
  expectedVersion: number | null;
  /** Reads the row as it is now; null while it does not exist. */
  read: (tx: Queryable) => Promise<{ version: number; value: T } | null>;
  /** Checks that need the current row (throw an ApiError to refuse), then the SQL of the change. */
  write: (tx: Queryable, current: T | null, now: Date) => Promise<void>;
  action?: string;
  wards: (before: T | null, after: T) => AuditWard[];
};

/**
 * Optimistic locking that holds under concurrency: in one transaction, take a lock on the row's key
 * (an advisory lock, so it also covers a row that does not exist yet), compare its version with the
 * caller's (409 with the current version when they differ), apply the change, re-read it, and audit
 * it in every ward affected; clear the response caches once committed.
 */
export async function versionedChange<T>(ctx: ServiceContext, actor: Actor, change: VersionedChange<T>): Promise<T> {
  return recordedChange<T>(
    ctx,
    actor,
    async (tx, now) => {
      await tx.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [`${change.entity}:${change.entityId}`]);
      const current = await change.read(tx);
      const version = current?.version ?? null;
      if (version !== change.expectedVersion) throw staleVersion(change.label, version, change.expectedVersion);
      await change.write(tx, current?.value ?? null, now);
      const updated = await change.read(tx);
      if (!updated) throw new Error(`${change.entity} ${change.entityId} vanished inside its own transaction`);
      return { before: current?.value ?? null, after: updated.value };
    },
    (before, after) => ({ action: change.action ?? (before ? "update" : "create"), entity: change.entity, entityId: change.entityId, wards: change.wards(before, after) }),
  );
}
