import type { FastifyError, FastifyInstance } from "fastify";
import { ApiError } from "../lib/api-error";
import { validationMessage, type SchemaError } from "../lib/validation-message";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

// Fastify's own client errors, with a message that tells the caller what to change.
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "INVALID_JSON",
    message: "Nội dung gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép. (Body is not valid JSON.)",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "EMPTY_JSON",
    message: "Yêu cầu khai báo Content-Type JSON nhưng không có nội dung. Hãy gửi một đối tượng JSON hoặc bỏ Content-Type. (Empty JSON body.)",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "BODY_TOO_LARGE",
    message: "Nội dung gửi lên quá lớn. Hãy gửi ít dữ liệu hơn. (Request body too large.)",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Kiểu nội dung không được hỗ trợ. Hãy gửi JSON với Content-Type: application/json. (Unsupported media type.)",
  },
};

export function errorBody(status: number, code: string, message: string, requestId: string, details: Record<string, unknown> = {}) {
  return { statusCode: status, error: REASONS[status] ?? "Error", code, message, requestId, ...details };
}

/**
 * One place decides what an error looks like to the caller: a 4xx says what to fix; a 5xx says only
 * that it failed and the request id, while the details go to the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, code: string, message: string, details: Record<string, unknown> = {}) =>
      reply.status(status).type("application/json; charset=utf-8").send(errorBody(status, code, message, request.id, details));

    if (error instanceof ApiError) return send(error.statusCode, error.code, error.message, error.details);
    if (error.validation) {
      const { message, field } = validationMessage(error.validation as SchemaError[], error.validationContext ?? "request");
      return send(400, "VALIDATION_FAILED", message, field ? { field } : {});
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return send(known.status, known.code, known.message);
    if (error.statusCode === 429) {
      return send(429, "RATE_LIMITED", "Bạn gửi quá nhiều yêu cầu. Hãy đợi một phút rồi thử lại. (Too many requests.)");
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, "client error");
      return send(error.statusCode, error.code ?? "BAD_REQUEST", error.message);
    }
    request.log.error({ err: error }, "unhandled error");
    return send(500, "INTERNAL", `Máy chủ gặp sự cố. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo mã ${request.id}. (Internal error.)`);
  });
}
