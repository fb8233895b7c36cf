import type { Queryable } from "../db/database";
import type { AnnouncementStatus, ManagedAnnouncement } from "../../shared/schemas/announcement-admin";
import type { AnnouncementCategory } from "../../shared/schemas/announcement";

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
};

const COLUMNS = "id, ward_slug, title, body, body_html, category, status, pinned, publish_at, expire_at, author, version, created_at, updated_at";

const toManaged = (r: Row): ManagedAnnouncement => ({
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
});

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
  return rows.map(toManaged);
}

export async function findManaged(db: Queryable, ward: string, id: number): Promise<ManagedAnnouncement | null> {
  const [row] = await db.query<Row>(`select ${COLUMNS} from announcements where ward_slug = $1 and id = $2`, [ward, id]);
  return row ? toManaged(row) : null;
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
};

export async function insertAnnouncement(db: Queryable, ward: string, a: NewAnnouncementRow, now: Date): Promise<ManagedAnnouncement> {
  const [row] = await db.query<Row>(
    `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, pinned, expire_at, author, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $10) returning ${COLUMNS}`,
    [ward, a.title, a.body, a.bodyHtml, a.excerpt, a.category, a.pinned, a.expireAt, a.author, now],
  );
  if (!row) throw new Error("insert returned no row");
  return toManaged(row);
}

/** `set` maps column names (chosen by the service, never by the caller) to values. */
export async function updateAnnouncementColumns(db: Queryable, ward: string, id: number, set: Record<string, unknown>, now: Date): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((c, i) => `${c} = $${i + 4}, `).join("");
  await db.query(`update announcements set ${assignments}version = version + 1, updated_at = $3 where ward_slug = $1 and id = $2`, [ward, id, now, ...columns.map((c) => set[c])]);
}
