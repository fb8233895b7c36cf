import type { Queryable } from "../db/database";
import { UNDO_WITHDRAW_MS, type AnnouncementStatus, type ManagedAnnouncement, type PendingRevision, type RevisionHistory } from "../../shared/schemas/announcement-admin";
import type { AnnouncementCategory } from "../../shared/schemas/announcement";
import { attachmentsOf } from "./announcement-files";

type Row = {
  id: number;
  ward_slug: string;
  title: string;
  body: string;
  body_html: string;
  category: AnnouncementCategory;
  status: AnnouncementStatus;
  pinned: boolean;
  publish_at: Date | null;
  expire_at: Date | null;
  author: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  revision: PendingRevision | null;
  revised_at: Date | null;
  area_ids: string[];
  withdrawn_at: Date | null;
};

const COLUMNS = "id, ward_slug, title, body, body_html, category, status, pinned, publish_at, expire_at, author, version, created_at, updated_at, revision, revised_at, area_ids, withdrawn_at";

const toManaged = (r: Row): Omit<ManagedAnnouncement, "attachments"> => ({
  id: r.id,
  ward: r.ward_slug,
  title: r.title,
  body: r.body,
  bodyHtml: r.body_html,
  category: r.category,
  status: r.status,
  pinned: r.pinned,
  publishAt: r.publish_at?.toISOString() ?? null,
  expireAt: r.expire_at?.toISOString() ?? null,
  author: r.author,
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  revision: r.revision,
  revisedAt: r.revised_at?.toISOString() ?? null,
  areaIds: r.area_ids,
  undoWithdrawUntil: r.status === "withdrawn" && r.withdrawn_at ? new Date(r.withdrawn_at.getTime() + UNDO_WITHDRAW_MS).toISOString() : null,
});

async function withAttachments(db: Queryable, rows: Row[]): Promise<ManagedAnnouncement[]> {
  const files = await attachmentsOf(db, rows.map((r) => ({ id: r.id, ward: r.ward_slug })));
  return rows.map((r) => ({ ...toManaged(r), attachments: files.get(r.id) ?? [] }));
}

export async function listManaged(db: Queryable, ward: string, options: { status?: AnnouncementStatus | undefined; q?: string | undefined; limit: number }): Promise<ManagedAnnouncement[]> {
  const params: unknown[] = [ward];
  let where = "ward_slug = $1";
  if (options.status) {
    params.push(options.status);
    where += ` and status = $${params.length}`;
  }
  if (options.q?.trim()) {
    params.push(`%${options.q.trim()}%`);
    // unaccent on both sides: "le hoi" finds "lễ hội".
    where += ` and (unaccent(title) ilike unaccent($${params.length}) or unaccent(body) ilike unaccent($${params.length}))`;
  }
  params.push(options.limit);
  const rows = await db.query<Row>(`select ${COLUMNS} from announcements where ${where} order by updated_at desc, id desc limit $${params.length}`, params);
  return withAttachments(db, rows);
}

export async function findManaged(db: Queryable, ward: string, id: number): Promise<ManagedAnnouncement | null> {
  const [row] = await db.query<Row>(`select ${COLUMNS} from announcements where ward_slug = $1 and id = $2`, [ward, id]);
  return row ? ((await withAttachments(db, [row]))[0] ?? null) : null;
}

export type NewAnnouncementRow = {
  title: string;
  body: string;
  bodyHtml: string;
  excerpt: string;
  category: AnnouncementCategory;
  pinned: boolean;
  expireAt: string | null;
  author: string;
  areaIds: string[];
};

export async function insertAnnouncement(db: Queryable, ward: string, a: NewAnnouncementRow, now: Date): Promise<ManagedAnnouncement> {
  const [row] = await db.query<Row>(
    `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, pinned, expire_at, author, area_ids, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $11, $11) returning ${COLUMNS}`,
    [ward, a.title, a.body, a.bodyHtml, a.excerpt, a.category, a.pinned, a.expireAt, a.author, a.areaIds, now],
  );
  if (!row) throw new Error("insert returned no row");
  return { ...toManaged(row), attachments: [] };
}

/** `set` maps column names (chosen by the service, never by the caller) to values. */
export async function updateAnnouncementColumns(db: Queryable, ward: string, id: number, set: Record<string, unknown>, now: Date): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((c, i) => `${c} = $${i + 4}, `).join("");
  await db.query(`update announcements set ${assignments}version = version + 1, updated_at = $3 where ward_slug = $1 and id = $2`, [ward, id, now, ...columns.map((c) => set[c])]);
}

/** Area ids among `ids` that are not tổ dân phố of `ward`. */
export async function unknownAreaIds(db: Queryable, ward: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ id: string }>("select id from residential_areas where ward_slug = $1 and id = any($2::text[])", [ward, ids]);
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** What a withdraw replaced (status and publish time), for undo. */
export async function withdrawnFrom(db: Queryable, ward: string, id: number): Promise<{ status: AnnouncementStatus; publishAt: string | null } | null> {
  const [row] = await db.query<{ withdrawn_from: { status: AnnouncementStatus; publishAt: string | null } | null }>("select withdrawn_from from announcements where ward_slug = $1 and id = $2", [ward, id]);
  return row?.withdrawn_from ?? null;
}

/** Keeps the text residents are shown now as the next entry of the history. */
export async function appendRevision(db: Queryable, id: number, text: { title: string; body: string; category: AnnouncementCategory }, at: Date): Promise<void> {
  await db.query(
    `insert into announcement_revisions (announcement_id, revision, title, body, category, published_at)
     values ($1, coalesce((select max(revision) from announcement_revisions where announcement_id = $1), 0) + 1, $2, $3, $4, $5)`,
    [id, text.title, text.body, text.category, at],
  );
}

export async function revisionHistory(db: Queryable, ward: string, id: number): Promise<RevisionHistory["items"]> {
  const rows = await db.query<{ revision: number; title: string; body: string; category: AnnouncementCategory; published_at: Date }>(
    `select r.revision, r.title, r.body, r.category, r.published_at from announcement_revisions r
     join announcements a on a.id = r.announcement_id where a.ward_slug = $1 and a.id = $2 order by r.revision`,
    [ward, id],
  );
  return rows.map((r) => ({ revision: r.revision, title: r.title, body: r.body, category: r.category, publishedAt: r.published_at.toISOString() }));
}
