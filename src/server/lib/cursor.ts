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
