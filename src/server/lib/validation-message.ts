// Turns the schema validator's complaint into a message a caller (and the console's clerk) can act
// on: which field, and what it must be — in Vietnamese, then English. Never echoes the value sent.

export type SchemaError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string | undefined;
  /** With ajv's `verbose`: the keyword's own schema (e.g. anyOf's branches) and the schema holding it. */
  schema?: unknown;
  parentSchema?: { description?: string; format?: string } | undefined;
};

const TYPES: Record<string, string> = { string: "chuỗi chữ", integer: "số nguyên", number: "số", boolean: "true hoặc false", array: "danh sách", object: "đối tượng", null: "null" };

const pathOf = (e: SchemaError) => e.instancePath.replace(/^\//, "");
const join = (a: string, b: string) => (a ? `${a}/${b}` : b);

/** The values an anyOf of constants (TypeBox's Enum/Union of Literals) or an enum allows. */
function allowedValues(e: SchemaError): unknown[] | null {
  if (e.keyword === "enum" && Array.isArray(e.params.allowedValues)) return e.params.allowedValues;
  if (e.keyword === "anyOf" && Array.isArray(e.schema) && e.schema.every((b) => typeof b === "object" && b !== null && "const" in b)) {
    return (e.schema as { const: unknown }[]).map((b) => b.const);
  }
  return null;
}

type Said = { field: string; vi: string; en: string };

function describe(e: SchemaError): Said {
  const field = pathOf(e);
  const allowed = allowedValues(e);
  if (allowed) {
    const list = allowed.map((v) => String(v)).join(", ");
    return { field, vi: `phải là một trong: ${list}`, en: `must be one of: ${list}` };
  }
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return { field: join(field, String(p.missingProperty)), vi: "còn thiếu, hãy điền vào", en: "is required" };
    case "additionalProperties":
      return { field: join(field, String(p.additionalProperty)), vi: "không có trong API này, hãy bỏ đi", en: "is not a known field" };
    case "type":
      return { field, vi: `phải là ${String(p.type).split(",").map((t) => TYPES[t] ?? t).join(" hoặc ")}`, en: `must be ${String(p.type)}` };
    case "minLength":
      return Number(p.limit) === 1 ? { field, vi: "không được để trống", en: "must not be empty" } : { field, vi: `cần ít nhất ${String(p.limit)} ký tự`, en: `must have at least ${String(p.limit)} characters` };
    case "maxLength":
      return { field, vi: `dài quá ${String(p.limit)} ký tự, hãy viết ngắn lại`, en: `must have at most ${String(p.limit)} characters` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { field, vi: `phải ${e.keyword.includes("in") ? "từ" : "không quá"} ${String(p.limit)}`, en: `must be ${String(p.comparison)} ${String(p.limit)}` };
    case "minItems":
      return { field, vi: `cần ít nhất ${String(p.limit)} mục`, en: `must have at least ${String(p.limit)} items` };
    case "maxItems":
      return { field, vi: `có nhiều quá, tối đa ${String(p.limit)} mục`, en: `must have at most ${String(p.limit)} items` };
    case "minProperties":
      return { field, vi: "cần ít nhất một trường để sửa", en: "must have at least one field" };
    case "format":
      return p.format === "date-time"
        ? { field, vi: "phải là ngày giờ dạng 2026-11-23T08:00:00+07:00", en: "must be an ISO 8601 date-time" }
        : { field, vi: `không đúng dạng ${String(p.format)}`, en: `must match format ${String(p.format)}` };
    case "pattern": {
      const hint = e.parentSchema?.description;
      return { field, vi: hint ? `không đúng dạng (${hint})` : "không đúng dạng", en: hint ? `must be: ${hint}` : "has the wrong form" };
    }
    case "const":
      return { field, vi: `phải là ${JSON.stringify(p.allowedValue)}`, en: `must be ${JSON.stringify(p.allowedValue)}` };
    default:
      return { field, vi: "không hợp lệ", en: e.message ?? "is invalid" };
  }
}

/** The one error worth telling: an enum's summary rather than each of its branches. */
function mainError(errors: SchemaError[]): SchemaError | undefined {
  return errors.find((e) => allowedValues(e) !== null) ?? errors.find((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if") ?? errors[0];
}

const PLACES: Record<string, string> = { body: "nội dung", querystring: "tham số", params: "đường dẫn", headers: "tiêu đề" };

export function validationMessage(errors: SchemaError[], context: string): { message: string; field: string } {
  const main = mainError(errors);
  if (!main) return { message: "Yêu cầu không hợp lệ. Hãy xem tài liệu API tại /api/docs. (Invalid request.)", field: "" };
  const said = describe(main);
  const where = said.field ? `Trường "${said.field}"` : `Phần ${PLACES[context] ?? context}`;
  return {
    field: said.field,
    message: `${where} ${said.vi}. (Invalid request: ${context}${said.field ? `/${said.field}` : ""} ${said.en}.)`,
  };
}
