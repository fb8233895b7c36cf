import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ApiError } from "../lib/api-error";
import { normalizeText } from "../../shared/search/normalize";
import { vietnamClock, workingDaysAfter } from "../../shared/opening-hours";
import type { NewRequest, RequestCreated, ResidentRequest } from "../../shared/schemas/requests";
import type { Ward } from "../../shared/schemas/ward";
import type { NewStoredFile } from "../repositories/stored-files";
import { insertStoredFile } from "../repositories/stored-files";
import {
  areaInWard,
  countRecentFromPhone,
  countRecentFromSender,
  findRequest,
  findRequestByClientId,
  insertRequest,
  insertRequestEvent,
  insertRequestPhoto,
  lockWardRequests,
  nextSequence,
  replaceTokenHash,
  requestHistory,
  type RequestRow,
} from "../repositories/requests";
import { recordedChange, type ServiceContext } from "./versioned-change";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");
const RESIDENT: { id: null; login: string; name: string } = { id: null, login: "resident", name: "Người dân" };
const DUE_WORKING_DAYS = 5;

/** "hoa-cuong" → "HC", "an-hai-bac" → "AHB", "thanhkhe" → "TH": the code's prefix, 2–4 letters. */
export function wardPrefix(slug: string): string {
  const words = normalizeText(slug).split(/[^a-z]+/).filter(Boolean);
  const initials = words.length >= 2 ? words.map((w) => w[0]).join("") : (words[0] ?? "px").slice(0, 2);
  return initials.slice(0, 4).toUpperCase().padEnd(2, "X");
}

export function requestCode(slug: string, at: Date, seq: number): string {
  const { date } = vietnamClock(at);
  return `${wardPrefix(slug)}-${date.slice(2, 4)}${date.slice(5, 7)}-${String(seq).padStart(4, "0")}`;
}

const tooMany = () =>
  new ApiError(429, "TOO_MANY_REQUESTS", "Bạn đã gửi nhiều phản ánh trong một giờ. Hãy đợi một lúc rồi gửi tiếp, hoặc gọi đường dây nóng của phường. (Too many requests this hour.)");

export type Sender = { address: string };

/**
 * Creates a request once per clientId. The token is returned only now and only its hash is kept; a
 * retry with the same clientId and the same text (the phone never got the first answer) gets the
 * same code and a fresh token, which replaces the old one — the phone is the only holder of either.
 * The same clientId with another text is a mistake of the app: 409.
 */
export async function createRequest(
  ctx: ServiceContext,
  ward: Ward,
  input: NewRequest,
  photos: NewStoredFile[],
  sender: Sender,
  limitPerHour: number,
): Promise<{ created: RequestCreated; retried: boolean }> {
  const text = input.text.trim();
  if (text.length < 1 || text.length > 2000) {
    throw new ApiError(422, "VALIDATION_FAILED", "Nội dung phản ánh cần từ 1 đến 2.000 chữ. Hãy viết lại. (text: 1–2000 characters after trimming.)", { field: "text" });
  }
  if (input.areaId && !(await areaInWard(ctx.db, ward.slug, input.areaId))) {
    throw new ApiError(422, "UNKNOWN_AREA", `Tổ dân phố "${input.areaId}" không thuộc phường này. Hãy chọn lại tổ dân phố. (areaId: unknown area.)`, { field: "areaId" });
  }
  const token = newToken();
  const tokenHash = sha256(token);
  const senderHash = sha256(`sender:${sender.address}`);
  const result = await recordedChange<{ code: string; status: RequestRow["status"]; retried: boolean }>(
    ctx,
    RESIDENT,
    async (tx, now) => {
      await lockWardRequests(tx, ward.slug);
      const existing = await findRequestByClientId(tx, ward.slug, input.clientId);
      if (existing) {
        if (existing.text !== text) {
          throw new ApiError(409, "CLIENT_ID_REUSED", "Mã gửi (clientId) này đã dùng cho một phản ánh khác. Ứng dụng cần tạo mã mới cho mỗi phản ánh. (clientId reused with another text.)", { field: "clientId" });
        }
        await replaceTokenHash(tx, existing.id, tokenHash);
        const same = { code: existing.code, status: existing.status, retried: true };
        return { before: same, after: same };
      }
      const since = new Date(now.getTime() - 3_600_000);
      if ((await countRecentFromSender(tx, senderHash, since)) >= limitPerHour) throw tooMany();
      if (input.contact && (await countRecentFromPhone(tx, input.contact.phone, since)) >= limitPerHour) throw tooMany();
      const seq = await nextSequence(tx, ward.slug);
      const code = requestCode(ward.slug, now, seq);
      const id = await insertRequest(tx, {
        ward: ward.slug, code, seq, tokenHash, clientId: input.clientId, kind: input.kind, text, areaId: input.areaId ?? null,
        lat: input.location?.lat ?? null, lng: input.location?.lng ?? null,
        contactName: input.contact?.name.trim() ?? null, contactPhone: input.contact?.phone ?? null, consentAt: input.contact ? now : null,
        zaloUserId: input.zaloUserId ?? null, senderHash, dueAt: workingDaysAfter(now, DUE_WORKING_DAYS, ward.holidays), at: now,
      });
      for (const [i, photo] of photos.entries()) {
        const file = await insertStoredFile(tx, ward.slug, photo);
        await insertRequestPhoto(tx, id, i + 1, file.id);
      }
      await insertRequestEvent(tx, id, now, "received", null);
      return { before: null, after: { code, status: "received", retried: false } };
    },
    // The audit keeps the code only: the text and contact are the resident's, not the log's.
    (_before, after) => ({ action: after.retried ? "retry" : "create", entity: "request", entityId: after.code, wards: [ward.slug] }),
  );
  return { created: { code: result.code, accessToken: token, status: result.status }, retried: result.retried };
}

/** The request if the token is its own; null otherwise (the route answers 404 either way). */
export async function requestWithToken(ctx: ServiceContext, ward: string, code: string, token: string | undefined): Promise<RequestRow | null> {
  if (!token || !/^[A-Za-z0-9_-]{32,64}$/.test(token)) return null;
  const found = await findRequest(ctx.db, ward, code);
  if (!found) return null;
  const given = Buffer.from(sha256(token), "hex");
  const kept = Buffer.from(found.tokenHash, "hex");
  return given.length === kept.length && timingSafeEqual(given, kept) ? found : null;
}

export async function residentView(ctx: ServiceContext, r: RequestRow): Promise<ResidentRequest> {
  const history = await requestHistory(ctx.db, r.id);
  return {
    code: r.code,
    kind: r.kind,
    text: r.text,
    areaName: r.areaName,
    status: r.status,
    forwardedTo: r.forwardedTo,
    createdAt: r.createdAt.toISOString(),
    photoCount: r.photoCount,
    history: history.map((h) => ({ at: h.at.toISOString(), status: h.status, forwardedTo: h.forwardedTo })),
    reply: r.replyText && r.replyAt ? { text: r.replyText, at: r.replyAt.toISOString(), public: r.replyPublic } : null,
  };
}
