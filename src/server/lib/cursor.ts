import { ApiError } from "./api-error";

// Cursors are opaque to clients: base64url of a JSON array of the sort key of the last row seen.
export function encodeCursor(key: readonly (string | number | boolean)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const badCursor = () =>
  new ApiError(400, "BAD_CURSOR", "Tham số cursor không hợp lệ. Hãy dùng đúng giá trị nextCursor của trang trước, hoặc bỏ cursor để lấy trang đầu. (Invalid cursor.)");

/** Decodes a cursor and checks each part with `isValid`; anything else is a 400, never a 500. */
export function decodeCursor<T extends unknown[]>(cursor: string, isValid: (parts: unknown[]) => parts is T): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parts) || !isValid(parts)) throw badCursor();
  return parts;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;

/**
 * A UTC timestamp PostgreSQL can compare: the exact form our cursors carry (up to microseconds),
 * a real calendar day (no month 13, no 30 February), years 1970–9999 (no "+275760").
 */
export function isCursorTimestamp(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return year >= 1970 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

export const INT32_MAX = 2_147_483_647;
