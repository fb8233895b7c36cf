import type { Queryable } from "../db/database";
import { dueParts, partStatuses } from "../lib/confirmation-parts";
import type { ProcedureContent, ProcedureField } from "../../shared/schemas/procedure";
import type { ConfirmationQueue, ManagedConfirmations } from "../../shared/schemas/procedure-confirmation";
import type { Ward } from "../../shared/schemas/ward";
import { CONFIRMATIONS_COLUMN, CONFIRMATIONS_JOIN, officeFor, toStoredConfirmation, type StoredConfirmationJson } from "./procedures";

type Row = {
  slug: string;
  name: string;
  field: ProcedureField;
  content: ProcedureContent;
  office_id: string | null;
  hidden: boolean | null;
  popular_rank: number | null;
  version: number;
  confirmations: StoredConfirmationJson[];
};

const SELECT = `select p.slug, p.name, p.field, p.content, wp.office_id, wp.hidden, wp.popular_rank,
       coalesce(v.version, 0) as version, ${CONFIRMATIONS_COLUMN}
  from procedures p
  left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1
  left join procedure_confirmation_versions v on v.procedure_slug = p.slug and v.ward_slug = $1
  ${CONFIRMATIONS_JOIN}`;

type Listed = ManagedConfirmations & { hidden: boolean; popularRank: number | null };

function toManaged(r: Row, ward: Ward, now: Date): Listed {
  const office = officeFor(r.content, r.office_id, ward.offices);
  const parts = partStatuses(r.content, office?.id ?? null, r.confirmations.map(toStoredConfirmation), now, ward.reviewPeriodDays).map(
    ({ lapsedAt: _internal, ...part }) => part,
  );
  return { slug: r.slug, name: r.name, field: r.field, version: r.version, parts, due: dueParts(parts), hidden: r.hidden ?? false, popularRank: r.popular_rank };
}

const strip = ({ hidden: _h, popularRank: _p, ...item }: Listed): ManagedConfirmations => item;

/** One procedure's confirmations in this ward, hidden or not; null for an unknown slug. */
export async function findConfirmations(db: Queryable, ward: Ward, slug: string, now: Date): Promise<ManagedConfirmations | null> {
  const [row] = await db.query<Row>(`${SELECT} where p.slug = $2`, [ward.slug, slug]);
  return row ? strip(toManaged(row, ward, now)) : null;
}

// A part that was confirmed and no longer holds is the most urgent: residents saw it vouched for.
const urgency = (c: ManagedConfirmations) => (c.parts.some((p) => p.state === "changed" || p.state === "expired") ? 0 : 1);

/** The "Cần xác nhận" queue: procedures residents can see with a part the ward must (re)confirm. */
export async function confirmationQueue(db: Queryable, ward: Ward, now: Date): Promise<ConfirmationQueue> {
  const rows = await db.query<Row>(SELECT, [ward.slug]);
  const due = rows
    .map((r) => toManaged(r, ward, now))
    .filter((c) => !c.hidden && c.due.length > 0)
    .sort((a, b) => urgency(a) - urgency(b) || (a.popularRank ?? Infinity) - (b.popularRank ?? Infinity) || a.name.localeCompare(b.name, "vi"));
  const count = (state: string) => due.reduce((n, c) => n + c.parts.filter((p) => p.state === state).length, 0);
  return {
    reviewPeriodDays: ward.reviewPeriodDays,
    counts: { procedures: due.length, unconfirmed: count("unconfirmed"), expired: count("expired"), changed: count("changed") },
    items: due.map(strip),
  };
}

/** Sets the version of a ward's confirmations of one procedure (the caller holds the row's lock). */
export async function setConfirmationVersion(db: Queryable, ward: string, slug: string, version: number): Promise<void> {
  await db.query(
    `insert into procedure_confirmation_versions (ward_slug, procedure_slug, version) values ($1, $2, $3)
     on conflict (ward_slug, procedure_slug) do update set version = $3`,
    [ward, slug, version],
  );
}

/** The national text and the ward's chosen office: what a confirmation's hash is taken over. */
export async function procedureForHash(db: Queryable, ward: string, slug: string): Promise<{ content: ProcedureContent; officeId: string | null } | null> {
  const [row] = await db.query<{ content: ProcedureContent; office_id: string | null }>(
    "select p.content, wp.office_id from procedures p left join ward_procedures wp on wp.procedure_slug = p.slug and wp.ward_slug = $1 where p.slug = $2",
    [ward, slug],
  );
  return row ? { content: row.content, officeId: row.office_id } : null;
}

export type ConfirmationWrite = { ward: string; slug: string; part: string; at: Date; actor: { id: number | null; login: string }; note: string | null; hash: string };

export async function upsertConfirmation(db: Queryable, c: ConfirmationWrite): Promise<void> {
  await db.query(
    `insert into procedure_confirmations (ward_slug, procedure_slug, part, confirmed_at, confirmed_by, confirmed_by_login, note, national_hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (ward_slug, procedure_slug, part) do update
       set confirmed_at = $4, confirmed_by = $5, confirmed_by_login = $6, note = $7, national_hash = $8`,
    [c.ward, c.slug, c.part, c.at, c.actor.id, c.actor.login, c.note, c.hash],
  );
}
