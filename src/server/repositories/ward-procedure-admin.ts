import type { Queryable } from "../db/database";
import type { ManagedProcedure, WardProcedureLocal } from "../../shared/schemas/content-admin";
import type { ProcedureField } from "../../shared/schemas/procedure";

type ProcRow = { slug: string; name: string; field: ProcedureField; office_id: string | null; note: string | null; popular_rank: number | null; hidden: boolean | null; version: number | null };

const toManagedProcedure = (r: ProcRow): ManagedProcedure => ({
  slug: r.slug,
  name: r.name,
  field: r.field,
  local: { officeId: r.office_id, note: r.note, popularRank: r.popular_rank, hidden: r.hidden ?? false },
  version: r.version,
});

const PROC_SELECT = `select p.slug, p.name, p.field, wp.office_id, wp.note, wp.popular_rank, wp.hidden, wp.version
  from procedures p left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1`;

export async function listManagedProcedures(db: Queryable, ward: string): Promise<ManagedProcedure[]> {
  return (await db.query<ProcRow>(`${PROC_SELECT} order by p.field, p.name`, [ward])).map(toManagedProcedure);
}

/** Null when the catalogue has no such procedure; `version` null while the ward has not saved its part. */
export async function findManagedProcedure(db: Queryable, ward: string, slug: string): Promise<ManagedProcedure | null> {
  const [row] = await db.query<ProcRow>(`${PROC_SELECT} where p.slug = $2`, [ward, slug]);
  return row ? toManagedProcedure(row) : null;
}

export async function officeInWard(db: Queryable, ward: string, officeId: string): Promise<boolean> {
  return (await db.query("select 1 from ward_offices where id = $1 and ward_slug = $2", [officeId, ward])).length > 0;
}

export async function upsertWardProcedure(db: Queryable, ward: string, slug: string, local: WardProcedureLocal, now: Date): Promise<void> {
  await db.query(
    `insert into ward_procedures (ward_slug, procedure_slug, office_id, note, popular_rank, hidden, updated_at, version)
     values ($1, $2, $3, $4, $5, $6, $7, 1)
     on conflict (ward_slug, procedure_slug) do update set office_id = $3, note = $4, popular_rank = $5, hidden = $6, updated_at = $7,
       version = ward_procedures.version + 1`,
    [ward, slug, local.officeId, local.note, local.popularRank, local.hidden, now],
  );
}
