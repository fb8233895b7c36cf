import type { Database, Queryable } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { excerptOf, renderMarkdown } from "../lib/markdown";
import type { AnnouncementCreate, AnnouncementPatch, AnnouncementStatus, ManagedAnnouncement } from "../../shared/schemas/announcement-admin";
import type { AnnouncementCategory } from "../../shared/schemas/announcement";
import { writeAudit } from "./audit";

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

export type Actor = { id: number; login: string; name: string };

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

function checkDates(publishAt: Date | null, expireAt: Date | null): void {
  if (publishAt && expireAt && expireAt <= publishAt) {
    throw new ApiError(422, "EXPIRES_BEFORE_PUBLISH", "Thời điểm hết hạn phải sau thời điểm đăng. Hãy sửa lại ngày hết hạn. (expireAt must be after publishAt.)");
  }
}

export async function createAnnouncement(db: Database, ward: string, input: AnnouncementCreate, actor: Actor, now: Date): Promise<ManagedAnnouncement> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, pinned, expire_at, author, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $10) returning ${COLUMNS}`,
      [ward, input.title.trim(), input.body, renderMarkdown(input.body), excerptOf(input.body), input.category, input.pinned ?? false, input.expireAt ?? null, actor.name, now],
    );
    if (!row) throw new Error("insert returned no row");
    const created = toManaged(row);
    await writeAudit(tx, { ward, staff: actor, action: "create", entity: "announcement", entityId: created.id, before: null, after: created, at: now });
    return created;
  });
}

/**
 * Applies a change only if the row is still at `version` (optimistic locking): two clerks editing
 * the same notice cannot silently overwrite each other; the second gets 409.
 */
async function changeAnnouncement(
  db: Database,
  ward: string,
  id: number,
  version: number,
  actor: Actor,
  action: string,
  now: Date,
  change: (current: ManagedAnnouncement) => { set: Record<string, unknown> },
): Promise<ManagedAnnouncement> {
  return db.transaction(async (tx) => {
    const [current] = await tx.query<Row>(`select ${COLUMNS} from announcements where ward_slug = $1 and id = $2 for update`, [ward, id]);
    if (!current) throw notFound(`Thông báo số ${id}`);
    if (current.version !== version) {
      throw new ApiError(409, "STALE_VERSION", `Thông báo này vừa được người khác sửa (phiên bản ${current.version}, bạn sửa từ phiên bản ${version}). Hãy tải lại để xem bản mới rồi sửa tiếp. (Stale version.)`);
    }
    const before = toManaged(current);
    const { set } = change(before);
    const columns = Object.keys(set);
    const assignments = columns.map((c, i) => `${c} = $${i + 4}`).join(", ");
    const [row] = await tx.query<Row>(
      `update announcements set ${assignments}, version = version + 1, updated_at = $3 where ward_slug = $1 and id = $2 returning ${COLUMNS}`,
      [ward, id, now, ...columns.map((c) => set[c])],
    );
    if (!row) throw new Error("update returned no row");
    const after = toManaged(row);
    await writeAudit(tx, { ward, staff: actor, action, entity: "announcement", entityId: id, before, after, at: now });
    return after;
  });
}

export function updateAnnouncement(db: Database, ward: string, id: number, patch: AnnouncementPatch, actor: Actor, now: Date) {
  return changeAnnouncement(db, ward, id, patch.version, actor, "update", now, (current) => {
    const set: Record<string, unknown> = {};
    if (patch.title !== undefined) set.title = patch.title.trim();
    if (patch.body !== undefined) {
      set.body = patch.body;
      set.body_html = renderMarkdown(patch.body);
      set.excerpt = excerptOf(patch.body);
    }
    if (patch.category !== undefined) set.category = patch.category;
    if (patch.pinned !== undefined) set.pinned = patch.pinned;
    if (patch.expireAt !== undefined) set.expire_at = patch.expireAt;
    const expire = patch.expireAt !== undefined ? (patch.expireAt ? new Date(patch.expireAt) : null) : current.expireAt ? new Date(current.expireAt) : null;
    checkDates(current.publishAt ? new Date(current.publishAt) : null, expire);
    return { set };
  });
}

export function publishAnnouncement(db: Database, ward: string, id: number, version: number, at: string | null | undefined, actor: Actor, now: Date) {
  return changeAnnouncement(db, ward, id, version, actor, "publish", now, (current) => {
    const when = at ? new Date(at) : now;
    const scheduled = when > now;
    checkDates(when, current.expireAt ? new Date(current.expireAt) : null);
    return { set: { status: scheduled ? "scheduled" : "published", publish_at: scheduled ? when : now } };
  });
}

export function withdrawAnnouncement(db: Database, ward: string, id: number, version: number, actor: Actor, now: Date) {
  return changeAnnouncement(db, ward, id, version, actor, "withdraw", now, (current) => {
    if (current.status !== "published" && current.status !== "scheduled") {
      throw new ApiError(422, "NOT_PUBLISHED", "Chỉ gỡ được thông báo đã đăng hoặc đã hẹn giờ. Bản nháp thì cứ để đó hoặc sửa tiếp. (Only published or scheduled announcements can be withdrawn.)");
    }
    return { set: { status: "withdrawn" } };
  });
}
