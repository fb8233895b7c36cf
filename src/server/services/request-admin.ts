import { ApiError, notFound } from "../lib/api-error";
import { sendOaText, type ZaloOaConfig } from "../lib/zalo-oa";
import type { StaffRecord } from "../repositories/staff";
import type { InboxItem, ManagedRequest, RequestChange } from "../../shared/schemas/requests-admin";
import {
  findRequest,
  insertRequestEvent,
  insertRequestNote,
  listInbox,
  requestHistory,
  requestNotes,
  staffInWard,
  teamInWard,
  updateRequestColumns,
  type InboxFilter,
  type RequestRow,
  type RequestStatus,
} from "../repositories/requests";
import { versionedChange, type ServiceContext } from "./versioned-change";
import { STATUS_LABELS } from "../../shared/request-status";

const isOpen = (status: RequestStatus) => status === "received" || status === "in-progress";
const overdue = (r: RequestRow, now: Date) => isOpen(r.status) && r.dueAt < now;
const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** A team lead sees help requests in their team's areas only; anyone else in the ward sees all. */
const visibleTo = (staff: StaffRecord, r: RequestRow) => staff.role !== "team-lead" || (r.kind === "help" && staff.teamId !== null && r.areaTeamId === staff.teamId);

const teamLeadOnly = () => new ApiError(403, "FORBIDDEN", "Tổ trưởng chỉ trả lời riêng cho người dân và đánh dấu Đã hỗ trợ. (Team leads may only reply privately and mark answered.)");

export async function inbox(ctx: ServiceContext, ward: string, staff: StaffRecord, f: InboxFilter, offset: number, limit: number): Promise<{ items: InboxItem[]; more: boolean }> {
  if (staff.role === "team-lead" && !staff.teamId) return { items: [], more: false };
  const now = ctx.clock();
  const rows = await listInbox(ctx.db, ward, { ...f, teamId: staff.role === "team-lead" ? (staff.teamId ?? undefined) : undefined }, now, offset, limit + 1);
  return {
    more: rows.length > limit,
    items: rows.slice(0, limit).map((r) => ({
      code: r.code, kind: r.kind, status: r.status, excerpt: excerpt(r.text), areaName: r.areaName, createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(), overdue: overdue(r, now), assigneeName: r.assigneeStaffName ?? r.assigneeTeamName,
    })),
  };
}

export async function requestForStaff(ctx: ServiceContext, ward: string, code: string, staff: StaffRecord): Promise<RequestRow> {
  const found = await findRequest(ctx.db, ward, code);
  // Out of a team lead's reach reads as missing, like for a resident without the token.
  if (!found || !visibleTo(staff, found)) throw notFound(`Phản ánh ${code}`);
  return found;
}

export async function managedView(ctx: ServiceContext, r: RequestRow, oa: ZaloOaConfig): Promise<ManagedRequest> {
  const [history, notes] = await Promise.all([requestHistory(ctx.db, r.id), requestNotes(ctx.db, r.id)]);
  const location = r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null;
  return {
    code: r.code, kind: r.kind, text: r.text, areaId: r.areaId, areaName: r.areaName, location,
    mapUrl: location ? `https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=18/${location.lat}/${location.lng}` : null,
    contact: r.contactName && r.contactPhone ? { name: r.contactName, phone: r.contactPhone } : null,
    status: r.status, forwardedTo: r.forwardedTo,
    assignee: r.assigneeStaffId !== null ? { kind: "staff", id: String(r.assigneeStaffId), name: r.assigneeStaffName ?? "" } : r.assigneeTeamId ? { kind: "team", id: r.assigneeTeamId, name: r.assigneeTeamName ?? r.assigneeTeamId } : null,
    dueAt: r.dueAt.toISOString(), overdue: overdue(r, ctx.clock()), createdAt: r.createdAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null,
    photoCount: r.photoCount,
    reply: r.replyText && r.replyAt ? { text: r.replyText, public: r.replyPublic, question: r.publicQuestion, at: r.replyAt.toISOString() } : null,
    history: history.map((h) => ({ at: h.at.toISOString(), status: h.status, forwardedTo: h.forwardedTo })),
    notes: notes.map((n) => ({ text: n.text, at: n.at.toISOString(), staffName: n.staffName })),
    oaConfigured: oa.accessToken !== null,
    residentFollowsOa: r.zaloUserId !== null,
    version: r.version,
  };
}

/** What the audit keeps of a request: its state, never the resident's text or contact. */
const auditable = (r: RequestRow) => ({ status: r.status, forwardedTo: r.forwardedTo, assigneeStaffId: r.assigneeStaffId, assigneeTeamId: r.assigneeTeamId, replyPublic: r.replyPublic, replied: r.replyText !== null, version: r.version });

export async function changeRequest(ctx: ServiceContext, ward: string, code: string, change: RequestChange, staff: StaffRecord, oa: ZaloOaConfig): Promise<{ request: RequestRow; notified: boolean }> {
  const current = await requestForStaff(ctx, ward, code, staff);
  if (staff.role === "team-lead") {
    if (change.assignee !== undefined || change.forwardedTo !== undefined || change.reply?.public || change.note !== undefined) throw teamLeadOnly();
    if (change.status !== undefined && change.status !== "answered") throw teamLeadOnly();
  }
  if (change.status === "forwarded" && !change.forwardedTo) {
    throw new ApiError(422, "VALIDATION_FAILED", "Hãy ghi tên cơ quan nhận chuyển tiếp (forwardedTo). (forwardedTo is required with status forwarded.)", { field: "forwardedTo" });
  }
  if (change.reply?.public && !change.reply.question?.trim()) {
    throw new ApiError(422, "VALIDATION_FAILED", "Để đăng lên Hỏi đáp, hãy viết lại câu hỏi và bỏ tên, số điện thoại, địa chỉ của người dân (question). (question is required to publish.)", { field: "question" });
  }
  let assigneeStaff: number | null | undefined;
  let assigneeTeam: string | null | undefined;
  if (change.assignee === null) [assigneeStaff, assigneeTeam] = [null, null];
  else if (change.assignee?.startsWith("staff:")) {
    const id = Number(change.assignee.slice(6));
    if (!(await staffInWard(ctx.db, ward, id))) throw new ApiError(422, "UNKNOWN_ASSIGNEE", "Cán bộ được giao không thuộc phường này. Hãy chọn lại. (assignee: unknown staff.)", { field: "assignee" });
    [assigneeStaff, assigneeTeam] = [id, null];
  } else if (change.assignee?.startsWith("team:")) {
    const id = change.assignee.slice(5);
    if (!(await teamInWard(ctx.db, ward, id))) throw new ApiError(422, "UNKNOWN_ASSIGNEE", "Tổ được giao không thuộc phường này. Hãy chọn lại. (assignee: unknown team.)", { field: "assignee" });
    [assigneeStaff, assigneeTeam] = [null, id];
  }
  // The audit keeps the request's state (auditable), never the resident's text or contact.
  await versionedChange<ReturnType<typeof auditable>>(ctx, staff, {
    entity: "request",
    entityId: `${ward}:${code}`,
    label: `Phản ánh ${code}`,
    expectedVersion: change.version,
    read: async (tx) => {
      const r = await findRequest(tx, ward, code);
      return r ? { version: r.version, value: auditable(r) } : null;
    },
    write: async (tx, before, now) => {
      const set: Record<string, unknown> = {};
      const status = change.status ?? (change.reply && before?.status !== "closed" ? "answered" : undefined);
      // Another clerk may have changed it since `current` was read; the version check above passed, so
      // `before` is the state this change applies to.
      if (status !== undefined && status !== before?.status) {
        set.status = status;
        set.forwarded_to = status === "forwarded" ? change.forwardedTo : null;
        set.closed_at = status === "closed" ? now : null;
        await insertRequestEvent(tx, current.id, now, status, status === "forwarded" ? (change.forwardedTo ?? null) : null);
      }
      if (assigneeStaff !== undefined) [set.assignee_staff_id, set.assignee_team_id] = [assigneeStaff, assigneeTeam];
      if (change.reply) {
        set.reply_text = change.reply.text.trim();
        set.reply_public = change.reply.public;
        set.reply_at = now;
        set.public_question = change.reply.public ? change.reply.question?.trim() : null;
      }
      if (change.note) await insertRequestNote(tx, current.id, staff.id, change.note.trim(), now);
      await updateRequestColumns(tx, current.id, set, now);
    },
    wards: () => [ward],
  });
  const updated = await requestForStaff(ctx, ward, code, staff);
  let notified = false;
  if (updated.status !== current.status && updated.zaloUserId) {
    const text = `Phản ánh ${updated.code} của bạn: ${STATUS_LABELS[updated.status]}${updated.forwardedTo ? ` (${updated.forwardedTo})` : ""}. Mở ứng dụng Công Dân Số để xem chi tiết.`;
    notified = (await sendOaText(oa, updated.zaloUserId, text)).sent;
  }
  return { request: updated, notified };
}
