/**
 * Every `code` the API puts in an error body, as one union: a client compares with these, so a
 * typo or a code the server stopped sending is a type error, not a silent miss. The server throws
 * them (server/lib/api-error.ts, the error handler); each contract lists the ones its route can send.
 */
export const ERROR_CODES = [
  // Any route: what the error handler sends for bad input and limits (plugins/error-handler.ts).
  "VALIDATION_FAILED",
  "INVALID_JSON",
  "EMPTY_JSON",
  "BODY_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "BAD_REQUEST",
  "NOT_FOUND",
  "BAD_CURSOR",
  // Staff scope (plugins/auth.ts) and sign-in.
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CSRF",
  "PASSWORD_CHANGE_REQUIRED",
  "BAD_CREDENTIALS",
  "LOGIN_LOCKED",
  "WRONG_PASSWORD",
  "WEAK_PASSWORD",
  "SAME_PASSWORD",
  "SELF_LOCKOUT",
  "LOGIN_TAKEN",
  "UNKNOWN_WARD",
  // Versioned writes.
  "STALE_VERSION",
  "ID_MISMATCH",
  "SLUG_MISMATCH",
  // Announcements.
  "PUBLISH_AT_PAST",
  "EXPIRES_BEFORE_PUBLISH",
  "NOT_PUBLISHED",
  "NO_REVISION",
  "NOTHING_TO_UNDO",
  "UNDO_EXPIRED",
  "TOO_MANY_IMAGES",
  "TOO_MANY_FILES",
  // Uploads (lib/uploads.ts).
  "BAD_MULTIPART",
  "NO_FILE",
  "UNEXPECTED_FILE",
  "FILE_TOO_LARGE",
  "UNSUPPORTED_FILE",
  "BROKEN_IMAGE",
  "NOT_UTF8",
  // Ward content.
  "UNKNOWN_OFFICE",
  "UNKNOWN_AREA",
  "UNKNOWN_TEAM",
  "UNKNOWN_ASSIGNEE",
  "AREA_ID_TAKEN",
  "INVALID_STREETS",
  "BAD_SEARCH_TERMS",
  "BAD_STEP",
  "PART_NOT_STATED",
  // Ward settings and onboarding.
  "INVALID_WARD",
  "WARD_EXISTS",
  "INVALID_HOURS",
  "INVALID_HOLIDAY",
  "DUPLICATE_OFFICE",
  "DUPLICATE_HOLIDAY",
  // Residents' requests.
  "TOO_MANY_REQUESTS",
  "CLIENT_ID_REUSED",
  // Usage counts and stats.
  "DAY_OUT_OF_RANGE",
  "INVALID_DAY",
  "PERIOD_REVERSED",
  "PERIOD_TOO_LONG",
  // Spreadsheets.
  "IMPORT_FAILED",
  "IMPORT_ROWS_INVALID",
  "BROKEN_SPREADSHEET",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The error statuses a route can answer with; each gets the common error body in the OpenAPI document. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

/** What each status means for most routes, so a contract names only what is special to it. */
export const BAD_INPUT = ["VALIDATION_FAILED", "INVALID_JSON", "EMPTY_JSON", "BAD_REQUEST"] as const;
export const SIGNED_OUT = ["UNAUTHENTICATED"] as const;
export const NOT_ALLOWED = ["FORBIDDEN", "CSRF", "PASSWORD_CHANGE_REQUIRED"] as const;
export const MISSING = ["NOT_FOUND"] as const;
export const STALE = ["STALE_VERSION"] as const;
export const UPLOAD_TOO_LARGE = ["BODY_TOO_LARGE", "FILE_TOO_LARGE", "TOO_MANY_FILES"] as const;
export const UPLOAD_TYPE = ["UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_FILE"] as const;
export const SLOW_DOWN = ["RATE_LIMITED"] as const;

/** Public reads of a ward's content: a bad slug or query (400), no such ward or item (404). */
export const PUBLIC_READ = { 400: BAD_INPUT, 404: MISSING } as const;
/** A signed-in staff request: the gate's 401 and 403 on top of what the route itself refuses. */
export const STAFF = { 400: BAD_INPUT, 401: SIGNED_OUT, 403: NOT_ALLOWED } as const;
