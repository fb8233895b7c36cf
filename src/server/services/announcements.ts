import { ApiError, notFound } from "../lib/api-error";
import { excerptOf, renderMarkdown } from "../lib/markdown";
import { checkedImageOrPdf } from "../lib/uploads";
import {
  MAX_ANNOUNCEMENT_IMAGES,
  MAX_ANNOUNCEMENT_PDFS,
  UNDO_WITHDRAW_MS,
  type AnnouncementCreate,
  type AnnouncementPatch,
  type ManagedAnnouncement,
  type PendingRevision,
} from "../../shared/schemas/announcement-admin";
import type { AnnouncementCategory } from "../../shared/schemas/announcement";
import { attachFile, removeFile } from "../repositories/announcement-files";
import { appendRevision, findManaged, insertAnnouncement, unknownAreaIds, updateAnnouncementColumns, withdrawnFrom } from "../repositories/announcement-writes";
import { insertStoredFile, type NewStoredFile } from "../repositories/stored-files";
import type { Queryable } from "../db/database";
import { recordedChange, versionedChange, type Actor, type ServiceContext } from "./versioned-change";

/** Pictures are shown on phones: 2000 px on the longest side is sharp enough and keeps them small. */
const IMAGE_MAX_SIDE = 2000;

function checkDates(publishAt: Date | null, expireAt: Date | null): void {
  if (publishAt && expireAt && expireAt <= publishAt) {
    throw new ApiError(422, "EXPIRES_BEFORE_PUBLISH", "Thời điểm hết hạn phải sau thời điểm đăng. Hãy sửa lại ngày hết hạn. (expireAt must be after publishAt.)");
  }
}

async function checkAreas(tx: Queryable, ward: string, areaIds: string[] | undefined): Promise<void> {
  if (!areaIds?.length) return;
  const unknown = await unknownAreaIds(tx, ward, areaIds);
  if (unknown.length > 0) {
    throw new ApiError(422, "UNKNOWN_AREA", `Tổ dân phố "${unknown.join('", "')}" không thuộc phường này. Hãy chọn lại trong danh sách tổ. (Unknown area ids for this ward.)`, { field: "areaIds" });
  }
}

/** Residents see it now: published, or scheduled and due (no background job flips the status). */
const isLive = (a: ManagedAnnouncement, now: Date) =>
  (a.status === "published" || a.status === "scheduled") && a.publishAt !== null && new Date(a.publishAt) <= now && (a.expireAt === null || new Date(a.expireAt) > now);

const textColumns = (t: { title: string; body: string; category: AnnouncementCategory }) => ({
  title: t.title,
  body: t.body,
  body_html: renderMarkdown(t.body),
  excerpt: excerptOf(t.body),
  category: t.category,
});

export function createAnnouncement(ctx: ServiceContext, ward: string, input: AnnouncementCreate, actor: Actor): Promise<ManagedAnnouncement> {
  return recordedChange<ManagedAnnouncement>(
    ctx,
    actor,
    async (tx, now) => {
      await checkAreas(tx, ward, input.areaIds);
      return {
        before: null,
        after: await insertAnnouncement(
          tx,
          ward,
          {
            title: input.title.trim(),
            body: input.body,
            bodyHtml: renderMarkdown(input.body),
            excerpt: excerptOf(input.body),
            category: input.category,
            pinned: input.pinned ?? false,
            expireAt: input.expireAt ?? null,
            author: actor.name,
            areaIds: input.areaIds ?? [],
          },
          now,
        ),
      };
    },
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
  change: (current: ManagedAnnouncement, now: Date, tx: Queryable) => Promise<Record<string, unknown>> | Record<string, unknown>,
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
      await updateAnnouncementColumns(tx, ward, id, await change(current, now, tx), now);
    },
    wards: () => [ward],
  }).catch((error: unknown) => {
    // A notice that never existed is a 404, not a version conflict.
    if (error instanceof ApiError && error.code === "STALE_VERSION" && error.details.currentVersion === null) throw notFound(`Thông báo số ${id}`);
    throw error;
  });
}

/**
 * Saves an edit (the console autosaves as the clerk types). While residents can see the notice, a
 * change of its text goes into the pending revision and residents keep the published text.
 */
export function updateAnnouncement(ctx: ServiceContext, ward: string, id: number, patch: AnnouncementPatch, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, patch.version, actor, "update", async (current, now, tx) => {
    const set: Record<string, unknown> = {};
    const textChanged = patch.title !== undefined || patch.body !== undefined || patch.category !== undefined;
    if (textChanged) {
      const base = current.revision ?? current;
      const next = { title: patch.title?.trim() ?? base.title, body: patch.body ?? base.body, category: patch.category ?? base.category };
      if (isLive(current, now)) {
        const revision: PendingRevision = { ...next, bodyHtml: renderMarkdown(next.body), savedAt: now.toISOString() };
        set.revision = JSON.stringify(revision);
      } else {
        Object.assign(set, textColumns(next));
      }
    }
    if (patch.pinned !== undefined) set.pinned = patch.pinned;
    if (patch.expireAt !== undefined) set.expire_at = patch.expireAt;
    if (patch.areaIds !== undefined) {
      await checkAreas(tx, ward, patch.areaIds);
      set.area_ids = patch.areaIds;
    }
    const expire = patch.expireAt !== undefined ? (patch.expireAt ? new Date(patch.expireAt) : null) : current.expireAt ? new Date(current.expireAt) : null;
    checkDates(current.publishAt ? new Date(current.publishAt) : null, expire);
    return set;
  });
}

/**
 * Publishes now or schedules. A time that has already passed is refused unless the clerk confirmed
 * "Đăng ngay" (publishNow): a day/month slip must not put a notice live by surprise.
 */
export function publishAnnouncement(ctx: ServiceContext, ward: string, id: number, version: number, at: string | null | undefined, publishNow: boolean | undefined, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "publish", async (current, now, tx) => {
    const requested = at ? new Date(at) : null;
    if (requested && requested <= now && !publishNow) {
      throw new ApiError(422, "PUBLISH_AT_PAST", "Giờ hẹn đăng đã qua. Hãy chọn giờ sau bây giờ, hoặc bấm \"Đăng ngay\" nếu muốn người dân thấy ngay. (publishAt is in the past; send publishNow: true to publish now.)", { field: "at" });
    }
    const when = requested && requested > now ? requested : now;
    checkDates(when, current.expireAt ? new Date(current.expireAt) : null);
    // A change waiting as a revision is what the clerk meant to publish.
    const text = current.revision ?? current;
    await appendRevision(tx, id, text, when);
    return { ...(current.revision ? textColumns(current.revision) : {}), revision: null, status: when > now ? "scheduled" : "published", publish_at: when, withdrawn_at: null, withdrawn_from: null };
  });
}

/** "Đăng bản sửa": the pending revision becomes what residents see; the history keeps each text. */
export function publishRevision(ctx: ServiceContext, ward: string, id: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "publish-revision", async (current, now, tx) => {
    if (!current.revision) {
      throw new ApiError(422, "NO_REVISION", "Thông báo này không có bản sửa nào đang chờ đăng. (No pending revision.)");
    }
    await appendRevision(tx, id, current.revision, now);
    return { ...textColumns(current.revision), revision: null, revised_at: now };
  });
}

/** Drops the pending revision; residents keep seeing the published text. */
export function discardRevision(ctx: ServiceContext, ward: string, id: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "discard-revision", (current) => {
    if (!current.revision) throw new ApiError(422, "NO_REVISION", "Thông báo này không có bản sửa nào đang chờ đăng. (No pending revision.)");
    return { revision: null };
  });
}

export function withdrawAnnouncement(ctx: ServiceContext, ward: string, id: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "withdraw", (current, now) => {
    if (current.status !== "published" && current.status !== "scheduled") {
      throw new ApiError(422, "NOT_PUBLISHED", "Chỉ gỡ được thông báo đã đăng hoặc đã hẹn giờ. Bản nháp thì cứ để đó hoặc sửa tiếp. (Only published or scheduled announcements can be withdrawn.)");
    }
    return { status: "withdrawn", withdrawn_at: now, withdrawn_from: JSON.stringify({ status: current.status, publishAt: current.publishAt }) };
  });
}

/** "Hoàn tác" within a few minutes of a withdraw: the notice is back exactly as it was. */
export function undoWithdraw(ctx: ServiceContext, ward: string, id: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "undo-withdraw", async (current, now, tx) => {
    const until = current.undoWithdrawUntil ? new Date(current.undoWithdrawUntil) : null;
    const previous = await withdrawnFrom(tx, ward, id);
    if (current.status !== "withdrawn" || !until || !previous) {
      throw new ApiError(422, "NOTHING_TO_UNDO", "Thông báo này không vừa bị gỡ nên không hoàn tác được. (Nothing to undo.)");
    }
    if (now > until) {
      throw new ApiError(422, "UNDO_EXPIRED", `Đã quá ${UNDO_WITHDRAW_MS / 60_000} phút nên không hoàn tác được. Hãy bấm "Đăng" để đăng lại. (The undo window has passed.)`);
    }
    return { status: previous.status, publish_at: previous.publishAt, withdrawn_at: null, withdrawn_from: null };
  });
}

export type UploadedFile = { filename: string; bytes: Buffer };

/** Pictures (re-encoded without EXIF) and PDFs (checked by their bytes), up to the limits per notice. */
export async function addAnnouncementFiles(ctx: ServiceContext, ward: string, id: number, version: number, files: UploadedFile[], actor: Actor) {
  if (files.length === 0) throw new ApiError(400, "NO_FILE", "Hãy chọn ít nhất một ảnh hoặc tệp PDF. (No file sent.)", { field: "files" });
  // Decoding and re-encoding is slow: done before the transaction, which then only stores bytes.
  const checked: NewStoredFile[] = [];
  for (const f of files) checked.push(await checkedImageOrPdf(f.bytes, f.filename, IMAGE_MAX_SIDE));
  return changeAnnouncement(ctx, ward, id, version, actor, "add-files", async (current, _now, tx) => {
    const images = current.attachments.filter((a) => a.mediaType.startsWith("image/")).length + checked.filter((f) => f.mediaType.startsWith("image/")).length;
    const pdfs = current.attachments.length + checked.length - images;
    if (images > MAX_ANNOUNCEMENT_IMAGES) {
      throw new ApiError(422, "TOO_MANY_IMAGES", `Mỗi thông báo có tối đa ${MAX_ANNOUNCEMENT_IMAGES} ảnh. Hãy bỏ bớt ảnh. (At most ${MAX_ANNOUNCEMENT_IMAGES} images.)`, { field: "files" });
    }
    if (pdfs > MAX_ANNOUNCEMENT_PDFS) {
      throw new ApiError(422, "TOO_MANY_FILES", `Mỗi thông báo có tối đa ${MAX_ANNOUNCEMENT_PDFS} tệp PDF. Hãy bỏ bớt tệp. (At most ${MAX_ANNOUNCEMENT_PDFS} PDFs.)`, { field: "files" });
    }
    for (const file of checked) {
      const stored = await insertStoredFile(tx, ward, file);
      await attachFile(tx, id, stored.id);
    }
    return {};
  });
}

export function removeAnnouncementFile(ctx: ServiceContext, ward: string, id: number, fileId: number, version: number, actor: Actor) {
  return changeAnnouncement(ctx, ward, id, version, actor, "remove-file", async (_current, _now, tx) => {
    if (!(await removeFile(tx, id, fileId))) throw notFound(`Tệp số ${fileId} của thông báo này`);
    return {};
  });
}
