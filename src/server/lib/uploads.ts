import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { NewStoredFile } from "../repositories/stored-files";
import { ApiError } from "./api-error";

/**
 * The one gate every uploaded file passes before it is stored: its type is read from its bytes (the
 * name and the declared type are the sender's word), images are decoded and re-encoded with sharp —
 * which drops EXIF and with it any GPS position, and anything hidden after the picture — and PDFs
 * must start like a PDF. Residents' reports (#17) and announcements (#19) both use it.
 */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** A decoded picture larger than this (a "decompression bomb") is refused before it fills memory. */
const MAX_INPUT_PIXELS = 40_000_000;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const notAccepted = (name: string, accepts: string) =>
  new ApiError(415, "UNSUPPORTED_FILE", `Tệp "${name}" không phải ${accepts}. Hãy chọn lại đúng loại tệp. (Unsupported file type; accepted: ${accepts}.)`, { field: name });

const tooLarge = (name: string, limit: number) =>
  new ApiError(413, "FILE_TOO_LARGE", `Tệp "${name}" lớn hơn ${mb(limit)}. Hãy chọn tệp nhỏ hơn hoặc chụp lại với cỡ ảnh nhỏ hơn. (File too large: limit ${mb(limit)}.)`, { field: name });

/** What a resident sees before downloading: a plain name, no folders, no control characters. */
export function safeFileName(raw: string, fallback: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001F\u007F"<>|*?:]/g, "").replace(/\s+/g, " ").trim().slice(-120);
  return cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : fallback;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** A JPEG, PNG or WebP, re-encoded in its own format, no longer than `maxSide` on either side. */
export async function checkedImage(bytes: Buffer, rawName: string, maxSide: number): Promise<NewStoredFile> {
  const name = safeFileName(rawName, "anh");
  if (bytes.length > MAX_IMAGE_BYTES) throw tooLarge(name, MAX_IMAGE_BYTES);
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  if (!type || !(IMAGE_TYPES as readonly string[]).includes(type)) throw notAccepted(name, "ảnh JPEG, PNG hoặc WebP");
  try {
    // rotate() with no angle turns the picture upright from its EXIF orientation before EXIF goes.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true });
    const encoded =
      type === "image/png" ? pipeline.png({ compressionLevel: 9 }) : type === "image/webp" ? pipeline.webp({ quality: 80 }) : pipeline.jpeg({ quality: 80, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { mediaType: type, name, data, width: info.width, height: info.height, sha256: sha256(data) };
  } catch {
    throw new ApiError(422, "BROKEN_IMAGE", `Ảnh "${name}" bị hỏng hoặc quá lớn để mở. Hãy chụp hoặc chọn ảnh khác. (The image cannot be decoded.)`, { field: name });
  }
}

/** A PDF, kept byte for byte: it must say it is a PDF in its first bytes and end like one. */
export async function checkedPdf(bytes: Buffer, rawName: string): Promise<NewStoredFile> {
  const name = safeFileName(rawName, "tep.pdf");
  if (bytes.length > MAX_PDF_BYTES) throw tooLarge(name, MAX_PDF_BYTES);
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  if (type !== "application/pdf" || !bytes.subarray(-1024).includes("%%EOF")) throw notAccepted(name, "tệp PDF");
  return { mediaType: "application/pdf", name, data: bytes, width: null, height: null, sha256: sha256(bytes) };
}

/** An image or a PDF, whichever its bytes say (announcement attachments). */
export async function checkedImageOrPdf(bytes: Buffer, rawName: string, maxSide: number): Promise<NewStoredFile> {
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  if (type === "application/pdf") return checkedPdf(bytes, rawName);
  if (type && (IMAGE_TYPES as readonly string[]).includes(type)) return checkedImage(bytes, rawName, maxSide);
  throw notAccepted(safeFileName(rawName, "tep"), "ảnh JPEG, PNG, WebP hoặc tệp PDF");
}

export type MultipartBody = { fields: Record<string, string>; files: { field: string; filename: string; bytes: Buffer }[] };

/**
 * Reads a multipart/form-data body into memory within limits: at most `maxFiles` files, each at
 * most `maxFileBytes`, only in `fileFields`. Files are small here (≤ a few MB, resized on the phone),
 * so buffering keeps the checks simple. Errors say which limit was passed.
 */
export async function readMultipart(
  request: FastifyRequest,
  limits: { maxFiles: number; maxFileBytes: number; fileFields: string[] },
): Promise<MultipartBody> {
  if (!request.isMultipart()) {
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Yêu cầu phải gửi dạng multipart/form-data (nội dung kèm tệp). (Expected multipart/form-data.)");
  }
  const body: MultipartBody = { fields: {}, files: [] };
  try {
    for await (const part of request.parts({ limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes, fields: 10, fieldSize: 64 * 1024, parts: limits.maxFiles + 10 } })) {
      if (part.type === "field") {
        body.fields[part.fieldname] = String(part.value);
        continue;
      }
      if (!limits.fileFields.includes(part.fieldname)) {
        throw new ApiError(400, "UNEXPECTED_FILE", `Không nhận tệp ở trường "${part.fieldname}"; chỉ nhận ở: ${limits.fileFields.join(", ")}. (Unexpected file field.)`, { field: part.fieldname });
      }
      const bytes = await part.toBuffer();
      body.files.push({ field: part.fieldname, filename: part.filename || part.fieldname, bytes });
    }
  } catch (error) {
    throw asUploadError(error, limits);
  }
  return body;
}

function asUploadError(error: unknown, limits: { maxFiles: number; maxFileBytes: number }): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge("đã chọn", limits.maxFileBytes);
  if (code === "FST_FILES_LIMIT") {
    return new ApiError(413, "TOO_MANY_FILES", `Chỉ gửi được tối đa ${limits.maxFiles} tệp một lần. Hãy bỏ bớt tệp. (Too many files: at most ${limits.maxFiles}.)`);
  }
  // Everything else thrown while parsing is the body's fault (busboy's "Unexpected end of form",
  // a part limit, a prototype field name): the sender can fix it by sending again.
  return new ApiError(400, "BAD_MULTIPART", "Nội dung gửi lên không đúng dạng multipart/form-data hoặc bị ngắt giữa chừng. Hãy gửi lại. (Malformed multipart body.)");
}

/** The JSON part of a multipart body (e.g. `request`), parsed; a clear 400 when absent or not JSON. */
export function jsonField(body: MultipartBody, field: string): unknown {
  const raw = body.fields[field];
  if (raw === undefined) throw new ApiError(400, "VALIDATION_FAILED", `Thiếu phần "${field}" (nội dung dạng JSON). (Missing the "${field}" part.)`, { field });
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, "VALIDATION_FAILED", `Phần "${field}" không phải JSON hợp lệ. (The "${field}" part is not valid JSON.)`, { field });
  }
}

export const MAX_SPREADSHEET_BYTES = 4 * 1024 * 1024;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A list from a ward's spreadsheet: an .xlsx (its bytes say so: a zip holding a workbook) or a CSV,
 * which has no signature, so it must be UTF-8 text without NUL bytes. The file's name is not trusted.
 */
export async function checkedSpreadsheet(bytes: Buffer, rawName: string): Promise<{ kind: "xlsx" | "csv"; name: string }> {
  const name = safeFileName(rawName, "danh-sach");
  if (bytes.length > MAX_SPREADSHEET_BYTES) throw tooLarge(name, MAX_SPREADSHEET_BYTES);
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  if (type === XLSX_TYPE) return { kind: "xlsx", name };
  if (type === undefined && !bytes.includes(0)) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return { kind: "csv", name };
    } catch {
      throw new ApiError(415, "NOT_UTF8", `Tệp "${name}" không phải CSV mã UTF-8. Trong Excel, hãy chọn Lưu thành "CSV UTF-8", hoặc gửi tệp .xlsx. (CSV must be UTF-8.)`, { field: name });
    }
  }
  throw notAccepted(name, "bảng tính .xlsx hoặc .csv");
}
