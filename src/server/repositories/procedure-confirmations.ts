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
