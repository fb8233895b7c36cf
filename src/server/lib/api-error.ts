import type { ErrorCode } from "../../shared/api/error-codes";

/** An error whose message is safe and useful to show the caller: it says how to fix the request. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    /** One of the codes clients know (shared/api/error-codes.ts): a new one is added there first. */
    readonly code: ErrorCode,
    message: string,
    /** Extra fields of the error body, e.g. the current version on a 409. */
    readonly details: { currentVersion?: number | null; field?: string } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) =>
  new ApiError(404, "NOT_FOUND", `${what} không tồn tại hoặc đã bị gỡ. Hãy kiểm tra lại đường dẫn. (${what} was not found.)`);
