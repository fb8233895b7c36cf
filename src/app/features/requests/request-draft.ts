import type { NewRequest, RequestKind } from "../../../shared/schemas/requests";

export const MAX_TEXT = 2000;
export const MAX_PHOTOS = 3;

export type Place = { type: "none" } | { type: "area"; areaId: string; areaName: string } | { type: "location"; lat: number; lng: number };

/** What the resident has answered so far; kept on the phone so nothing is lost on back or reload. */
export type RequestDraft = {
  /** Made once per draft and sent with it: the server answers a repeat with the same request. */
  clientId: string;
  kind: RequestKind | null;
  text: string;
  place: Place;
  /** Resized JPEGs as data: URLs (they must survive a reload while waiting for signal). */
  photos: string[];
  wantsCall: boolean;
  name: string;
  phone: string;
  consent: boolean;
  /** The resident ticked "Nhận tin báo kết quả qua Zalo" (Nghị định 13/2023: only with consent). */
  notifyByZalo: boolean;
  /** Their id for the ward's OA (idByOA), read from Zalo only after they ticked it. */
  zaloUserId: string | null;
};

export function newClientId(random: () => number = Math.random): string {
  const bytes = new Uint8Array(16);
  if (typeof crypto !== "undefined" && typeof crypto.getRandomValues === "function") crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(random() * 256)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function emptyDraft(clientId: string = newClientId()): RequestDraft {
  return { clientId, kind: null, text: "", place: { type: "none" }, photos: [], wantsCall: false, name: "", phone: "", consent: false, notifyByZalo: false, zaloUserId: null };
}

/** Vietnamese phone as the server accepts it: spaces, dots and dashes are dropped. */
export const cleanPhone = (phone: string): string => phone.replace(/[\s.-]/g, "");

export function textProblem(text: string): string | null {
  const length = text.trim().length;
  if (length === 0) return "Hãy viết vài câu về điều bạn muốn báo.";
  if (length > MAX_TEXT) return `Dài quá ${MAX_TEXT} ký tự. Hãy viết ngắn lại.`;
  return null;
}

export function contactProblem(draft: RequestDraft): string | null {
  if (!draft.wantsCall) return null;
  if (draft.name.trim() === "") return "Hãy ghi tên để cán bộ biết gọi ai.";
  if (!/^(\+84|0)[0-9]{9,10}$/.test(cleanPhone(draft.phone))) return "Số điện thoại chưa đúng. Ví dụ: 0905 123 456.";
  if (!draft.consent) return "Hãy đánh dấu đồng ý để phường được gọi lại cho bạn.";
  return null;
}

/** Ready to send: a kind and the text; everything else is optional. */
export function draftProblem(draft: RequestDraft): string | null {
  if (draft.kind === null) return "Hãy chọn loại phản ánh.";
  return textProblem(draft.text) ?? contactProblem(draft);
}

/** The `request` part of the upload, with only what the resident chose to give. */
export function toNewRequest(draft: RequestDraft): NewRequest {
  if (draft.kind === null) throw new RangeError("a draft without a kind cannot be sent");
  const request: NewRequest = { kind: draft.kind, text: draft.text.trim(), clientId: draft.clientId };
  if (draft.place.type === "area") request.areaId = draft.place.areaId;
  if (draft.place.type === "location") request.location = { lat: draft.place.lat, lng: draft.place.lng };
  if (draft.wantsCall) request.contact = { name: draft.name.trim(), phone: cleanPhone(draft.phone), consent: true };
  // Drafts saved by an older version lack both fields: no consent, nothing sent.
  if (draft.notifyByZalo === true && typeof draft.zaloUserId === "string" && draft.zaloUserId !== "") request.zaloUserId = draft.zaloUserId;
  return request;
}

/** A saved draft from an older app version or a broken write is replaced, not trusted. */
export function isDraft(value: unknown): value is RequestDraft {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Partial<RequestDraft>;
  return typeof d.clientId === "string" && typeof d.text === "string" && Array.isArray(d.photos) && typeof d.place === "object" && d.place !== null;
}
