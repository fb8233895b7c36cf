import type { Queryable } from "../db/database";
import { decodeCursor, encodeCursor, INT32_MAX, isCursorTimestamp } from "../lib/cursor";
import { AUDIENCES, type Announcement, type AnnouncementCategory, type AnnouncementPage, type AnnouncementSummary } from "../../shared/schemas/announcement";
import { attachmentsOf } from "./announcement-files";

type AnnouncementRow = {
  id: number;
  ward_slug: string;
  title: string;
  excerpt: string;
  category: AnnouncementCategory;
  pinned: boolean;
  publish_at: Date;
  expire_at: Date | null;
  shown_at: Date;
  revised_at: Date | null;
  area_ids: string[];
  rank: number;
  body: string;
  body_html: string;
  version: number;
  publish_key: string;
};

// What residents may see at `$n` (the app's clock, so tests can move time): published, or
// scheduled and now due, and not yet expired. No background job flips statuses.
const visibleAt = (n: number) =>
  `status in ('scheduled', 'published') and publish_at <= $${n}::timestamptz and (expire_at is null or expire_at > $${n}::timestamptz)`;
// The text residents see changes only when a revision is published, so that is its "updated" time.
const SUMMARY_COLUMNS = "id, ward_slug, title, excerpt, category, pinned, publish_at, expire_at, coalesce(revised_at, publish_at) as shown_at, revised_at, area_ids";

/**
 * Groups the list for a resident: 0 = for their chosen area, 1 = the whole ward, 2 = other areas
 * only (AUDIENCES in that order). `$n` is the chosen area or null.
 */
const rankFor = (n: number) => `(case when cardinality(area_ids) = 0 then 1 when $${n}::text = any(area_ids) then 0 else 2 end)`;

type ListKey = [rank: 0 | 1 | 2, pinned: 0 | 1, publishAt: string, id: number];
const isListKey = (parts: unknown[]): parts is ListKey =>
  parts.length === 4 &&
  (parts[0] === 0 || parts[0] === 1 || parts[0] === 2) &&
  (parts[1] === 0 || parts[1] === 1) &&
  isCursorTimestamp(parts[2]) &&
  Number.isInteger(parts[3]) &&
  (parts[3] as number) > 0 &&
  (parts[3] as number) <= INT32_MAX;

const toSummary = (r: AnnouncementRow): AnnouncementSummary => ({
  id: r.id,
  ward: r.ward_slug,
  title: r.title,
  excerpt: r.excerpt,
  category: r.category,
  pinned: r.pinned,
  publishedAt: r.publish_at.toISOString(),
  expiresAt: r.expire_at ? r.expire_at.toISOString() : null,
  updatedAt: r.shown_at.toISOString(),
  revisedAt: r.revised_at?.toISOString() ?? null,
  areaIds: r.area_ids,
  audience: AUDIENCES[r.rank] ?? "ward",
});

export async function listVisibleAnnouncements(
  db: Queryable,
  ward: string,
  options: { category?: AnnouncementCategory | undefined; area?: string | undefined; cursor?: string | undefined; limit: number },
  now: Date,
): Promise<AnnouncementPage> {
  const params: unknown[] = [ward, now, options.area ?? null];
  const rank = rankFor(3);
  let where = `ward_slug = $1 and ${visibleAt(2)}`;
  if (options.category) {
    params.push(options.category);
    where += ` and category = $${params.length}`;
  }
  if (options.cursor) {
    const [group, pinned, publishAt, id] = decodeCursor(options.cursor, isListKey);
    params.push(group, pinned === 1, publishAt, id);
    const [g, p, t, i] = [params.length - 3, params.length - 2, params.length - 1, params.length];
    // Keyset pagination over (rank asc, pinned desc, publish_at desc, id desc): cost stays flat however deep the page.
    where += ` and (${rank} > $${g}::integer or (${rank} = $${g}::integer and (pinned, publish_at, id) < ($${p}::boolean, $${t}::timestamptz, $${i}::integer)))`;
  }
  params.push(options.limit + 1);
  const rows = await db.query<AnnouncementRow>(
    // publish_key keeps microseconds, which a JS Date would drop and so skip rows between pages.
    `select ${SUMMARY_COLUMNS}, ${rank} as rank, to_char(publish_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as publish_key
     from announcements where ${where}
     order by rank, pinned desc, publish_at desc, id desc limit $${params.length}`,
    params,
  );
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.rank, last.pinned ? 1 : 0, last.publish_key, last.id]) : null,
  };
}

/** "Phường Hòa Cường" → "UBND phường Hòa Cường": residents are told which office speaks, never which clerk typed it. */
export const officeName = (wardName: string) => `UBND ${wardName.charAt(0).toLowerCase()}${wardName.slice(1)}`;

export async function findVisibleAnnouncement(db: Queryable, ward: string, id: number, now: Date, area?: string): Promise<Announcement | null> {
  const [row] = await db.query<AnnouncementRow & { ward_name: string }>(
    `select ${SUMMARY_COLUMNS}, ${rankFor(4)} as rank, body, body_html, version, (select name from wards where slug = ward_slug) as ward_name
     from announcements where ward_slug = $1 and id = $2 and ${visibleAt(3)}`,
    [ward, id, now, area ?? null],
  );
  if (!row) return null;
  const files = await attachmentsOf(db, [{ id: row.id, ward }]);
  return { ...toSummary(row), body: row.body, bodyHtml: row.body_html, author: officeName(row.ward_name), version: row.version, attachments: files.get(row.id) ?? [] };
}

/** Whether residents can see announcement `id` now (its files are public only then). */
export async function isVisibleAnnouncement(db: Queryable, ward: string, id: number, now: Date): Promise<boolean> {
  const rows = await db.query(`select 1 from announcements where ward_slug = $1 and id = $2 and ${visibleAt(3)}`, [ward, id, now]);
  return rows.length > 0;
}
