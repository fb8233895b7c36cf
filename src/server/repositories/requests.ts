import type { Queryable } from "../db/database";
import type { REQUEST_KINDS, REQUEST_STATUSES } from "../../shared/schemas/requests";

// From the lists, not the TypeBox unions: Static of a mapped union reads as never.
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A request's row as services use it (personal fields included: never sent to a resident as is). */
export type RequestRow = {
  id: number;
  wardSlug: string;
  code: string;
  tokenHash: string;
  clientId: string;
  kind: RequestKind;
  text: string;
  areaId: string | null;
  areaName: string | null;
  lat: number | null;
  lng: number | null;
  contactName: string | null;
  contactPhone: string | null;
  zaloUserId: string | null;
  status: RequestStatus;
  forwardedTo: string | null;
  assigneeStaffId: number | null;
  assigneeStaffName: string | null;
  assigneeTeamId: string | null;
  assigneeTeamName: string | null;
  dueAt: Date;
  replyText: string | null;
  replyPublic: boolean;
  replyAt: Date | null;
  publicQuestion: string | null;
  version: number;
  createdAt: Date;
  closedAt: Date | null;
  photoCount: number;
  /** The team covering the request's area (team leads see help requests of their team's areas). */
  areaTeamId: string | null;
};

type Row = {
  id: string; ward_slug: string; code: string; token_hash: string; client_id: string; kind: RequestKind; text: string;
  area_id: string | null; area_name: string | null; lat: number | null; lng: number | null; contact_name: string | null; contact_phone: string | null;
  zalo_user_id: string | null; status: RequestStatus; forwarded_to: string | null; assignee_staff_id: number | null; assignee_staff_name: string | null;
  assignee_team_id: string | null; assignee_team_name: string | null; due_at: Date; reply_text: string | null; reply_public: boolean; reply_at: Date | null;
  public_question: string | null; version: number; created_at: Date; closed_at: Date | null; photo_count: number; area_team_id: string | null;
};

const SELECT = `select r.*, a.name as area_name, s.name as assignee_staff_name, t.name as assignee_team_name,
  (select count(*)::int from request_photos p where p.request_id = r.id) as photo_count,
  (select ta.team_id from team_areas ta where ta.area_id = r.area_id order by ta.team_id limit 1) as area_team_id
  from requests r
  left join residential_areas a on a.id = r.area_id
  left join staff s on s.id = r.assignee_staff_id
  left join teams t on t.id = r.assignee_team_id`;

const toRow = (r: Row): RequestRow => ({
  id: Number(r.id), wardSlug: r.ward_slug, code: r.code, tokenHash: r.token_hash, clientId: r.client_id, kind: r.kind, text: r.text,
  areaId: r.area_id, areaName: r.area_name, lat: r.lat, lng: r.lng, contactName: r.contact_name, contactPhone: r.contact_phone,
  zaloUserId: r.zalo_user_id, status: r.status, forwardedTo: r.forwarded_to, assigneeStaffId: r.assignee_staff_id, assigneeStaffName: r.assignee_staff_name,
  assigneeTeamId: r.assignee_team_id, assigneeTeamName: r.assignee_team_name, dueAt: r.due_at, replyText: r.reply_text, replyPublic: r.reply_public,
  replyAt: r.reply_at, publicQuestion: r.public_question, version: r.version, createdAt: r.created_at, closedAt: r.closed_at, photoCount: r.photo_count,
  areaTeamId: r.area_team_id,
});

export async function findRequest(db: Queryable, ward: string, code: string): Promise<RequestRow | null> {
  const [row] = await db.query<Row>(`${SELECT} where r.ward_slug = $1 and r.code = $2`, [ward, code]);
  return row ? toRow(row) : null;
}

export async function findRequestByClientId(db: Queryable, ward: string, clientId: string): Promise<RequestRow | null> {
  const [row] = await db.query<Row>(`${SELECT} where r.ward_slug = $1 and r.client_id = $2`, [ward, clientId]);
  return row ? toRow(row) : null;
}

/** Serialises creations in a ward (the running number and the clientId check) until the transaction ends. */
export async function lockWardRequests(tx: Queryable, ward: string): Promise<void> {
  await tx.query("select pg_advisory_xact_lock(hashtextextended($1, 0))", [`requests:${ward}`]);
}

export async function nextSequence(tx: Queryable, ward: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>("select coalesce(max(seq), 0)::int + 1 as n from requests where ward_slug = $1", [ward]);
  return row?.n ?? 1;
}

export type NewRequestRow = {
  ward: string; code: string; seq: number; tokenHash: string; clientId: string; kind: RequestKind; text: string; areaId: string | null;
  lat: number | null; lng: number | null; contactName: string | null; contactPhone: string | null; consentAt: Date | null; zaloUserId: string | null;
  senderHash: string; dueAt: Date; at: Date;
};

export async function insertRequest(tx: Queryable, r: NewRequestRow): Promise<number> {
  const [row] = await tx.query<{ id: string }>(
    `insert into requests (ward_slug, code, seq, token_hash, client_id, kind, text, area_id, lat, lng, contact_name, contact_phone, consent_at, zalo_user_id, sender_hash, due_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) returning id`,
    [r.ward, r.code, r.seq, r.tokenHash, r.clientId, r.kind, r.text, r.areaId, r.lat, r.lng, r.contactName, r.contactPhone, r.consentAt, r.zaloUserId, r.senderHash, r.dueAt, r.at],
  );
  return Number(row!.id);
}

export async function replaceTokenHash(tx: Queryable, id: number, tokenHash: string): Promise<void> {
  await tx.query("update requests set token_hash = $2 where id = $1", [id, tokenHash]);
}

export async function insertRequestPhoto(tx: Queryable, requestId: number, position: number, storedFileId: number): Promise<void> {
  await tx.query("insert into request_photos (request_id, position, stored_file_id) values ($1, $2, $3)", [requestId, position, storedFileId]);
}

export async function photoFileId(db: Queryable, requestId: number, position: number): Promise<number | null> {
  const [row] = await db.query<{ id: string }>("select stored_file_id as id from request_photos where request_id = $1 and position = $2", [requestId, position]);
  return row ? Number(row.id) : null;
}

export async function insertRequestEvent(tx: Queryable, requestId: number, at: Date, status: RequestStatus, forwardedTo: string | null): Promise<void> {
  await tx.query("insert into request_events (request_id, at, status, forwarded_to) values ($1, $2, $3, $4)", [requestId, at, status, forwardedTo]);
}

export async function requestHistory(db: Queryable, requestId: number): Promise<{ at: Date; status: RequestStatus; forwardedTo: string | null }[]> {
  const rows = await db.query<{ at: Date; status: RequestStatus; forwarded_to: string | null }>("select at, status, forwarded_to from request_events where request_id = $1 order by at, id", [requestId]);
  return rows.map((r) => ({ at: r.at, status: r.status, forwardedTo: r.forwarded_to }));
}

export async function insertRequestNote(tx: Queryable, requestId: number, staffId: number | null, text: string, at: Date): Promise<void> {
  await tx.query("insert into request_notes (request_id, staff_id, text, at) values ($1, $2, $3, $4)", [requestId, staffId, text, at]);
}

export async function requestNotes(db: Queryable, requestId: number): Promise<{ text: string; at: Date; staffName: string | null }[]> {
  const rows = await db.query<{ text: string; at: Date; name: string | null }>(
    "select n.text, n.at, s.name from request_notes n left join staff s on s.id = n.staff_id where n.request_id = $1 order by n.at, n.id",
    [requestId],
  );
  return rows.map((r) => ({ text: r.text, at: r.at, staffName: r.name }));
}

/** Column → value, names chosen by the service; bumps the version. */
export async function updateRequestColumns(tx: Queryable, id: number, set: Record<string, unknown>, now: Date): Promise<void> {
  const columns = Object.keys(set);
  await tx.query(
    `update requests set ${columns.map((c, i) => `${c} = $${i + 3}, `).join("")}version = version + 1, updated_at = $2 where id = $1`,
    [id, now, ...columns.map((c) => set[c])],
  );
}

export async function countRecentFromSender(db: Queryable, senderHash: string, since: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from requests where sender_hash = $1 and created_at > $2", [senderHash, since]);
  return row?.n ?? 0;
}

export async function countRecentFromPhone(db: Queryable, phone: string, since: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>("select count(*)::int as n from requests where contact_phone = $1 and created_at > $2", [phone, since]);
  return row?.n ?? 0;
}

export type InboxFilter = { status?: RequestStatus | undefined; kind?: RequestKind | undefined; area?: string | undefined; overdue?: boolean | undefined; teamId?: string | undefined };

/**
 * The ward's inbox: overdue open requests first, then the oldest. `teamId` narrows it to help
 * requests in that team's areas (a team lead's view). Offset paging: the inbox is small and ordered
 * by a moving "now", which a keyset would not follow.
 */
export async function listInbox(db: Queryable, ward: string, f: InboxFilter, now: Date, offset: number, limit: number): Promise<RequestRow[]> {
  const rows = await db.query<Row>(
    `${SELECT} where r.ward_slug = $1
       and ($2::text is null or r.status = $2) and ($3::text is null or r.kind = $3) and ($4::text is null or r.area_id = $4)
       and ($5::boolean is null or ((r.due_at < $6 and r.status in ('received', 'in-progress')) = $5))
       and ($7::text is null or (r.kind = 'help' and r.area_id in (select area_id from team_areas where team_id = $7)))
     order by (r.due_at < $6 and r.status in ('received', 'in-progress')) desc, r.created_at, r.id
     offset $8 limit $9`,
    [ward, f.status ?? null, f.kind ?? null, f.area ?? null, f.overdue ?? null, now, f.teamId ?? null, offset, limit],
  );
  return rows.map(toRow);
}

export async function areaInWard(db: Queryable, ward: string, areaId: string): Promise<boolean> {
  return (await db.query("select 1 from residential_areas where id = $1 and ward_slug = $2", [areaId, ward])).length > 0;
}

export async function teamInWard(db: Queryable, ward: string, teamId: string): Promise<boolean> {
  return (await db.query("select 1 from teams where id = $1 and ward_slug = $2", [teamId, ward])).length > 0;
}

export async function staffInWard(db: Queryable, ward: string, staffId: number): Promise<boolean> {
  return (await db.query("select 1 from staff_wards w join staff s on s.id = w.staff_id where w.staff_id = $1 and w.ward_slug = $2 and not s.disabled", [staffId, ward])).length > 0;
}

export type PublishedAnswer = { id: number; kind: RequestKind; question: string; answer: string; answeredAt: Date };

/** Every published answer of the ward, newest first (few: the ward picks them one by one). */
export async function listPublishedAnswers(db: Queryable, ward: string): Promise<PublishedAnswer[]> {
  const rows = await db.query<{ id: string; kind: RequestKind; public_question: string; reply_text: string; reply_at: Date }>(
    `select id, kind, public_question, reply_text, reply_at from requests
     where ward_slug = $1 and reply_public and public_question is not null and reply_text is not null order by reply_at desc, id desc limit 1000`,
    [ward],
  );
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, question: r.public_question, answer: r.reply_text, answeredAt: r.reply_at }));
}

/** Requests closed before their ward's retention cut-off whose personal data is still there. */
export async function requestsPastRetention(db: Queryable, now: Date): Promise<{ id: number; fileIds: number[] }[]> {
  const rows = await db.query<{ id: string; file_ids: string[] | null }>(
    `select r.id, (select array_agg(p.stored_file_id) from request_photos p where p.request_id = r.id) as file_ids
     from requests r join wards w on w.slug = r.ward_slug
     where r.status = 'closed' and r.closed_at is not null and r.personal_data_removed_at is null
       and r.closed_at < $1::timestamptz - make_interval(months => w.retention_months)`,
    [now],
  );
  return rows.map((r) => ({ id: Number(r.id), fileIds: (r.file_ids ?? []).map(Number) }));
}

export async function removePersonalData(tx: Queryable, id: number, now: Date): Promise<void> {
  await tx.query(
    "update requests set contact_name = null, contact_phone = null, zalo_user_id = null, lat = null, lng = null, personal_data_removed_at = $2 where id = $1",
    [id, now],
  );
}
