import axios, { AxiosError } from "axios";
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
