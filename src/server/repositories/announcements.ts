import type { Queryable } from "../db/database";
import { decodeCursor, encodeCursor, INT32_MAX, isCursorTimestamp } from "../lib/cursor";
import type { Announcement, AnnouncementCategory, AnnouncementPage, AnnouncementSummary } from "../../shared/schemas/announcement";

type AnnouncementRow = {
  id: number;
  ward_slug: string;
  title: string;
  excerpt: string;
  category: AnnouncementCategory;
  pinned: boolean;
  publish_at: Date;
  expire_at: Date | null;
  updated_at: Date;
  body: string;
  body_html: string;
  author: string;
  version: number;
  publish_key: string;
};

// What residents may see at `$n` (the app's clock, so tests can move time): published, or
// scheduled and now due, and not yet expired. No background job flips statuses.
const visibleAt = (n: number) =>
  `status in ('scheduled', 'published') and publish_at <= $${n}::timestamptz and (expire_at is null or expire_at > $${n}::timestamptz)`;
const SUMMARY_COLUMNS = "id, ward_slug, title, excerpt, category, pinned, publish_at, expire_at, updated_at";

type ListKey = [pinned: 0 | 1, publishAt: string, id: number];
const isListKey = (parts: unknown[]): parts is ListKey =>
  parts.length === 3 &&
  (parts[0] === 0 || parts[0] === 1) &&
  isCursorTimestamp(parts[1]) &&
  Number.isInteger(parts[2]) &&
  (parts[2] as number) > 0 &&
  (parts[2] as number) <= INT32_MAX;

const toSummary = (r: AnnouncementRow): AnnouncementSummary => ({
  id: r.id,
  ward: r.ward_slug,
  title: r.title,
  excerpt: r.excerpt,
  category: r.category,
  pinned: r.pinned,
  publishedAt: r.publish_at.toISOString(),
  expiresAt: r.expire_at ? r.expire_at.toISOString() : null,
  updatedAt: r.updated_at.toISOString(),
});

export async function listVisibleAnnouncements(
  db: Queryable,
  ward: string,
  options: { category?: AnnouncementCategory | undefined; cursor?: string | undefined; limit: number },
  now: Date,
): Promise<AnnouncementPage> {
  const params: unknown[] = [ward, now];
  let where = `ward_slug = $1 and ${visibleAt(2)}`;
  if (options.category) {
    params.push(options.category);
    where += ` and category = $${params.length}`;
  }
  if (options.cursor) {
    const [pinned, publishAt, id] = decodeCursor(options.cursor, isListKey);
    params.push(pinned === 1, publishAt, id);
    const [p, t, i] = [params.length - 2, params.length - 1, params.length];
    // Keyset pagination over (pinned desc, publish_at desc, id desc): cost stays flat however deep the page.
    // A row comparison matches the index order exactly, so PostgreSQL can seek instead of scan.
    where += ` and (pinned, publish_at, id) < ($${p}::boolean, $${t}::timestamptz, $${i}::integer)`;
  }
  params.push(options.limit + 1);
  const rows = await db.query<AnnouncementRow>(
    // publish_key keeps microseconds, which a JS Date would drop and so skip rows between pages.
    `select ${SUMMARY_COLUMNS}, to_char(publish_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as publish_key
     from announcements where ${where}
     order by pinned desc, publish_at desc, id desc limit $${params.length}`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.pinned ? 1 : 0, last.publish_key, last.id]) : null,
  };
}

export async function findVisibleAnnouncement(db: Queryable, ward: string, id: number, now: Date): Promise<Announcement | null> {
  const [row] = await db.query<AnnouncementRow>(
    `select ${SUMMARY_COLUMNS}, body, body_html, author, version from announcements where ward_slug = $1 and id = $2 and ${visibleAt(3)}`,
    [ward, id, now],
  );
  if (!row) return null;
  return { ...toSummary(row), body: row.body, bodyHtml: row.body_html, author: row.author, version: row.version };
}
