import type { FastifyInstance } from "fastify";
import { ApiError } from "../lib/api-error";

// Text that no field of this API means to hold: C0 control characters other than tab, new line and
// carriage return, DEL, and NUL (which PostgreSQL cannot even store, so it used to surface as a 500).
// Checked for every route, old and new, before the schema: the schema cannot forget it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

type Problem = { field: string; vi: string; en: string };

function check(value: unknown, path: string, blankMatters: boolean): Problem | null {
  if (typeof value === "string") {
    if (CONTROL.test(value)) return { field: path, vi: "có ký tự điều khiển (như NUL) không hiển thị được; hãy gõ lại hoặc dán dưới dạng chữ thường", en: "contains a control character" };
    if (blankMatters && value.length > 0 && value.trim() === "") return { field: path, vi: "chỉ có dấu cách; hãy điền nội dung hoặc để trống hẳn nếu được phép", en: "is blank" };
    return null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = check(item, path ? `${path}/${i}` : String(i), blankMatters);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = check(key, path, false) ?? check(item, path ? `${path}/${key}` : key, blankMatters);
      if (found) return found;
    }
  }
  return null;
}

/** The same value with every string (and object key) in Unicode NFC. */
export function toNfc(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(toNfc);
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize("NFC"), toNfc(v)]));
  }
  return value;
}

/**
 * Runs after sign-in is checked (staff routes answer 401 first) and before validation. Query and
 * path values may be blank (an empty search box); body strings may not be only spaces.
 */
export function registerInputSafety(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    // Some Vietnamese keyboards send decomposed text (NFD): stored as typed, it renders oddly and a
    // search typed composed would not find it. Every write is normalised here, before any schema.
    if (request.body !== undefined) request.body = toNfc(request.body);
    for (const [part, value, blankMatters] of [["querystring", request.query, false], ["params", request.params, false], ["body", request.body, true]] as const) {
      const problem = check(value, "", blankMatters);
      if (problem) {
        throw new ApiError(400, "VALIDATION_FAILED", `Trường "${problem.field}" ${problem.vi}. (Invalid request: ${part}/${problem.field} ${problem.en}.)`, { field: problem.field });
      }
    }
  });
}
