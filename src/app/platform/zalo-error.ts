/**
 * The one error type the platform wrapper (./zalo.ts) rejects with.
 *
 * zmp-sdk rejects with plain objects `{ code, message, api, detail }` (its `AppError#toJSON()`),
 * not `Error` instances, so `instanceof Error`, stack traces and error boundaries do not work on
 * them. Screens only need to know what to tell the resident, which is what `kind` says; `code` and
 * `api` are kept for logs.
 */

export type ZaloErrorKind =
  | "timeout" // nothing answered in time (our timer or the SDK's own)
  | "rate-limited" // too many calls; trying again a moment later works
  | "denied" // the user or the app's permissions said no
  | "unavailable" // this API cannot work here (not in Zalo, Zalo too old, no device support)
  | "cancelled" // the user backed out; not an error to show
  | "unknown";

export interface ZaloErrorOptions {
  code?: number;
  api?: string;
  cause?: unknown;
}

export class ZaloError extends Error {
  override readonly name = "ZaloError";
  readonly kind: ZaloErrorKind;
  readonly code?: number;
  readonly api?: string;

  constructor(kind: ZaloErrorKind, message: string, options: ZaloErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.code !== undefined) this.code = options.code;
    if (options.api !== undefined) this.api = options.api;
  }
}

export function isZaloError(value: unknown): value is ZaloError {
  return value instanceof ZaloError;
}

/**
 * Error codes from zmp-sdk 2.51 (`RESPONSE_CODE` in node_modules/zmp-sdk/apis/constants.js) and
 * the kind each one means for a screen. The SDK already folds native, per-platform codes into
 * these (e.g. Android/iOS `-1` on GET_LOCATION becomes USER_DENIED), so only these need mapping.
 * Codes not listed here (BAD_REQUEST -1400, INTERNAL_SERVER_ERROR -1500, payment and download
 * codes…) are bugs or server trouble: "unknown".
 */
const KIND_BY_CODE: ReadonlyMap<number, ZaloErrorKind> = new Map<number, ZaloErrorKind>([
  // FAIL_LIMIT: the SDK itself refuses a 4th call of a rate-limited API (openShareSheet,
  // getUserInfo…) within about a second, before anything reaches Zalo.
  [-1409, "rate-limited"],
  // DUPLICATE_REQUEST: native Zalo answers -400 ("same request still running"), which the SDK
  // maps here; like the rate limit, waiting and trying again is the remedy.
  [-1410, "rate-limited"],
  // UNKNOWN_ERROR: what every API rejects with outside Zalo on a non-localhost host (the SDK's
  // "not found" path). Inside Zalo we only call the SDK when the bridge is present, so this code
  // in practice means "the SDK cannot reach Zalo here".
  [-2000, "unavailable"],
  // CLIENT_NOT_SUPPORT: this Zalo version (or a non-mobile client) lacks the API; also what
  // nativeStorage throws on localhost.
  [-1404, "unavailable"],
  // NFC-only codes: the device has no NFC, or it is switched off.
  [-600, "unavailable"],
  [-602, "unavailable"],
  // USER_DENIED: the user refused a permission prompt (location, phone, camera, notifications).
  [-2002, "denied"],
  // UNAUTHORIZED: the user has not granted the basic scope.userInfo consent (or Zalo login
  // failed) — the user has to agree before the call can work.
  [-1401, "denied"],
  // FORBIDDEN: the app has not been granted this permission on Zalo's app management page.
  [-1403, "denied"],
  // USER_CANCEL and the NFC scanner's CANCEL: the user closed a picker or sheet.
  [-2003, "cancelled"],
  [-606, "cancelled"],
  // TIME_OUT: the SDK's own native-callback timer (8 s default); SCAN_TIMEOUT: NFC scan.
  [-1408, "timeout"],
  [-601, "timeout"],
]);

export function kindForCode(code: number | undefined): ZaloErrorKind {
  if (code === undefined) return "unknown";
  return KIND_BY_CODE.get(code) ?? "unknown";
}

interface SdkErrorShape {
  code?: unknown;
  error?: unknown; // the SDK's "not found" objects use `error` for the code
  message?: unknown;
  errorMessage?: unknown;
  api?: unknown;
}

function readCode(raw: SdkErrorShape): number | undefined {
  const value = raw.code ?? raw.error;
  // Native answers sometimes carry the code as a string ("-1409").
  const code = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof code === "number" && Number.isFinite(code) ? code : undefined;
}

function readMessage(raw: SdkErrorShape): string | undefined {
  const message = raw.message ?? raw.errorMessage;
  if (typeof message === "string" && message !== "") return message;
  // AppError allows `string[]` messages (validation issues).
  if (Array.isArray(message)) return message.map(String).join("; ");
  return undefined;
}

/**
 * Turns whatever an SDK call rejected (or threw) with into a ZaloError. `api` names the call we
 * made, used when the SDK object does not say.
 */
export function toZaloError(raw: unknown, api?: string): ZaloError {
  if (raw instanceof ZaloError) return raw;
  if (raw instanceof Error) {
    return new ZaloError("unknown", raw.message, { api, cause: raw });
  }
  if (typeof raw === "object" && raw !== null) {
    const shape = raw as SdkErrorShape;
    const code = readCode(shape);
    const sdkApi = typeof shape.api === "string" ? shape.api : undefined;
    const message = readMessage(shape) ?? `zmp-sdk error ${code === undefined ? "without code" : String(code)}`;
    return new ZaloError(kindForCode(code), message, { code, api: sdkApi ?? api, cause: raw });
  }
  return new ZaloError("unknown", `zmp-sdk failed: ${String(raw)}`, { api, cause: raw });
}
