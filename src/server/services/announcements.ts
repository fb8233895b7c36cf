import { ApiError, notFound } from "../lib/api-error";
import { excerptOf, renderMarkdown } from "../lib/markdown";
import type { AnnouncementCreate, AnnouncementPatch, ManagedAnnouncement } from "../../shared/schemas/announcement-admin";
import { findManaged, insertAnnouncement, updateAnnouncementColumns } from "../repositories/announcement-writes";
import { recordedChange, versionedChange, type Actor, type ServiceContext } from "./versioned-change";

function checkDates(publishAt: Date | null, expireAt: Date | null): void {
  if (publishAt && expireAt && expireAt <= publishAt) {
    throw new ApiError(422, "EXPIRES_BEFORE_PUBLISH", "Thời điểm hết hạn phải sau thời điểm đăng. Hãy sửa lại ngày hết hạn. (expireAt must be after publishAt.)");
  }
}

export function createAnnouncement(ctx: ServiceContext, ward: string, input: AnnouncementCreate, actor: Actor): Promise<ManagedAnnouncement> {
  return recordedChange<ManagedAnnouncement>(
    ctx,
    actor,
    async (tx, now) => ({
      before: null,
      after: await insertAnnouncement(
        tx,
        ward,
        { title: input.title.trim(), body: input.body, bodyHtml: renderMarkdown(input.body), excerpt: excerptOf(input.body), category: input.category, pinned: input.pinned ?? false, expireAt: input.expireAt ?? null, author: actor.name },
        now,
      ),
    }),
    (_before, after) => ({ action: "create", entity: "announcement", entityId: after.id, wards: [ward] }),
  );
}

/** Two clerks editing the same notice cannot silently overwrite each other: the second gets 409. */
function changeAnnouncement(
  ctx: ServiceContext,
  ward: string,
  id: number,
  version: number,
  actor: Actor,
  action: string,
  change: (current: ManagedAnnouncement, now: Date) => Record<string, unknown>,
): Promise<ManagedAnnouncement> {
  return versionedChange<ManagedAnnouncement>(ctx, actor, {
    entity: "announcement",
    entityId: String(id),
    label: "Thông báo này",
    expectedVersion: version,
    action,
    read: async (tx) => {
      const found = await findManaged(tx, ward, id);
      return found ? { version: found.version, value: found } : null;
    },
    write: async (tx, current, now) => {
      if (!current) throw notFound(`Thông báo số ${id}`);
      await updateAnnouncementColumns(tx, ward, id, change(current, now), now);
    },
    wards: () => [ward],
  }).catch((error: unknown) => {
    // A notice that never existed is a 404, not a version conflict.
    if (error instanceof ApiError && error.code === "STALE_VERSION" && error.details.currentVersion === null) throw notFound(`Thông báo số ${id}`);
    throw error;
  });
}

export function updateAnnouncement(ctx: ServiceContext, ward: string, id: number, patch: AnnouncementPatch, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, patch.version, actor, "update", (current) => {
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
    return set;
  });
}

export function publishAnnouncement(ctx: ServiceContext, ward: string, id: number, version: number, at: string | null | undefined, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "publish", (current, now) => {
    const when = at ? new Date(at) : now;
    const scheduled = when > now;
    checkDates(when, current.expireAt ? new Date(current.expireAt) : null);
    return { status: scheduled ? "scheduled" : "published", publish_at: scheduled ? when : now };
  });
}

export function withdrawAnnouncement(ctx: ServiceContext, ward: string, id: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "withdraw", (current) => {
    if (current.status !== "published" && current.status !== "scheduled") {
      throw new ApiError(422, "NOT_PUBLISHED", "Chỉ gỡ được thông báo đã đăng hoặc đã hẹn giờ. Bản nháp thì cứ để đó hoặc sửa tiếp. (Only published or scheduled announcements can be withdrawn.)");
    }
    return { status: "withdrawn" };
  });
}
