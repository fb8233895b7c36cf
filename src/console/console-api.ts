import axios, { AxiosError, type AxiosRequestConfig } from "axios";
import { urlOf, type CallInput, type Contract, type ResponseOf } from "../shared/api/contract";
import type { ErrorResponse } from "../shared/schemas/common";
import { clerkMessage } from "./clerk-messages";

// The console is served by the API itself: same origin, so the HttpOnly session cookie just works.
export const http = axios.create({ baseURL: "/api/v1", timeout: 15_000 });

let csrfToken = "";
/** Sent with every state-changing request; the server compares it with the session's. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}
http.interceptors.request.use((config) => {
  if (config.method && config.method.toLowerCase() !== "get") config.headers.set("X-CSRF-Token", csrfToken);
  return config;
});

/**
 * The console's typed client: each call names its contract (src/shared/api), so the path, params,
 * query, body and answer types are the ones the server registers the route with.
 */
export async function call<C extends Contract>(c: C, input: CallInput<C>, config: AxiosRequestConfig = {}): Promise<ResponseOf<C>> {
  const response = await http.request<ResponseOf<C>>({ ...config, method: c.method, url: urlOf(c, input), params: input.query, data: input.body });
  return response.data;
}

/** Where the browser itself fetches a contract's answer (an <img>, a download link): same origin, under /api/v1. */
export function hrefOf<C extends Contract>(c: C, input: CallInput<C>): string {
  const query = new URLSearchParams(Object.entries(input.query ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]]))).toString();
  return `/api/v1${urlOf(c, input)}${query ? `?${query}` : ""}`;
}

/** What to tell the clerk: the field and what to do, in Vietnamese (clerk-messages.ts), or network trouble. */
export function errorMessage(error: unknown): string {
  if (error instanceof AxiosError) {
    const body = error.response?.data as Partial<ErrorResponse> | undefined;
    if (body?.code || body?.message) return clerkMessage(body);
    if (!error.response) return "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.";
  }
  return "Đã có lỗi. Hãy thử lại.";
}

export const errorStatus = (error: unknown): number | null => (error instanceof AxiosError ? (error.response?.status ?? null) : null);
