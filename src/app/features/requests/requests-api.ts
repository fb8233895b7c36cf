import { call, read } from "../../lib/api";
import { isAxiosError, toApiRequestError } from "../../lib/http";
import { REQUEST_TOKEN_HEADER, requestEndpoints } from "../../../shared/api/requests";
import type { OutboxEntry, SendResult } from "./request-store";

/** Photos on a weak 3G line take longer than a JSON answer. */
const UPLOAD_TIMEOUT_MS = 90_000;

/** data: URL → Blob without fetch() (a CSP's connect-src may not allow data:). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = "", body = ""] = dataUrl.split(",", 2);
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? "application/octet-stream";
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/** The multipart body: a `request` JSON part and one `photo` part per picture. */
export function requestForm(entry: Pick<OutboxEntry, "request" | "photos">): FormData {
  const form = new FormData();
  form.append("request", JSON.stringify(entry.request));
  entry.photos.forEach((photo, i) => form.append("photo", dataUrlToBlob(photo), `anh-${i + 1}.jpg`));
  return form;
}

/** One attempt to send an outbox entry; says whether trying again later can help. */
export async function sendRequest(entry: OutboxEntry): Promise<SendResult> {
  try {
    const created = await call(requestEndpoints.create, { params: { ward: entry.ward }, body: requestForm(entry) }, { timeout: UPLOAD_TIMEOUT_MS });
    return { ok: true, created };
  } catch (error) {
    const status = isAxiosError(error) ? (error.response?.status ?? null) : null;
    const failure = toApiRequestError(error);
    // No answer, a timeout, a busy server or a rate limit pass; other 4xx are the request's fault.
    const retry = status === null || status === 408 || status === 429 || status >= 500;
    return { ok: false, retry, message: failure.message };
  }
}

const tokenHeader = (token: string) => ({ [REQUEST_TOKEN_HEADER]: token });

/** The resident's own request, read with its token (kept on the phone for the next open without signal). */
export const fetchMyRequest = (ward: string, code: string, token: string) =>
  read(requestEndpoints.read, { params: { ward, code } }, { headers: tokenHeader(token) });

/** A photo of one's own request as a Blob (the token cannot go in an <img> URL). */
export async function fetchRequestPhoto(ward: string, code: string, n: number, token: string): Promise<Blob> {
  // The contract has no response schema (the photo's own bytes); asked for as a Blob, that is what arrives.
  return (await call(requestEndpoints.photo, { params: { ward, code, n } }, { headers: tokenHeader(token), responseType: "blob", timeout: UPLOAD_TIMEOUT_MS })) as Blob;
}

export const fetchAnswers = (ward: string, q: string, cursor?: string) =>
  read(requestEndpoints.answers, { params: { ward }, query: { q: q.trim() === "" ? undefined : q.trim(), cursor, limit: 20 } });
