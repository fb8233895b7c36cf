import { ApiError } from "../lib/api-error";
import type { CityChannel, Holiday, OpeningPeriod } from "../../shared/schemas/ward";

// Checks shared by a new ward (console and `npm run ward -- add`) and the ward's own settings, so
// both say the same thing about the same mistake.

export const HOTLINE = /^[0-9 +().-]{3,20}$/;
// The shape the mini app opens (src/app/platform/zalo/official-account.ts requireOaId): digits as Zalo shows them, or a zalo.me name.
export const OA_ID = /^[0-9A-Za-z_-]{1,64}$/;

export const invalidWardField = (field: string, message: string) => new ApiError(422, "INVALID_WARD", message, { field });

export const tidy = (text: string | null | undefined) => text?.trim().replace(/\s+/g, " ") || null;

/** An https address, or a message saying what is wrong with it. */
export function httpsProblem(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && url.hostname.includes(".") ? null : "phải bắt đầu bằng https://";
  } catch {
    return "không phải một địa chỉ web";
  }
}

export function checkedOaId(input: string | null | undefined): string | null {
  const id = tidy(input);
  if (id !== null && !OA_ID.test(id)) {
    throw invalidWardField("zaloOaId", `Mã Zalo OA "${id}" không hợp lệ. Hãy chép mã số OA trong trang quản lý Zalo OA (chỉ chữ số, chữ không dấu, - hoặc _), ví dụ 4318786537405209652. (Invalid Zalo OA id.)`);
  }
  return id;
}

type CityChannelInput = { name: string; phone?: string | null; url?: string | null } | null | undefined;

/** The city's report channel trimmed and checked: a name, and a phone or an https page to reach it. */
export function checkedCityChannel(input: CityChannelInput): CityChannel | null {
  if (!input) return null;
  const name = tidy(input.name);
  const phone = tidy(input.phone);
  const url = tidy(input.url);
  if (name === null && phone === null && url === null) return null;
  if (name === null || name.length < 2 || name.length > 120) {
    throw invalidWardField("cityChannel.name", 'Hãy ghi tên kênh phản ánh của thành phố, ví dụ "Tổng đài 1022 Đà Nẵng" (tối đa 120 ký tự). (City channel needs a name.)');
  }
  if (phone !== null && !HOTLINE.test(phone)) {
    throw invalidWardField("cityChannel.phone", `Số "${phone}" không hợp lệ. Chỉ dùng số, dấu cách, +, (, ), dấu chấm hoặc gạch ngang, ví dụ 0236 1022. (Invalid phone.)`);
  }
  const problem = url === null ? null : httpsProblem(url);
  if (problem) throw invalidWardField("cityChannel.url", `Địa chỉ trang phản ánh của thành phố ${problem}. Hãy dán địa chỉ dạng https://…, hoặc để trống. (City channel URL must be https.)`);
  if (phone === null && url === null) {
    throw invalidWardField("cityChannel.phone", "Hãy ghi số điện thoại hoặc địa chỉ trang web của kênh này, để người dân liên hệ được. (Give a phone or a URL.)");
  }
  return { name, phone, url };
}

/** Every period opens before it closes; `office` names the office in the message. */
export function checkHours(office: string, hours: OpeningPeriod[]): void {
  if (hours.some((p) => p.open >= p.close)) {
    throw new ApiError(422, "INVALID_HOURS", `Giờ mở cửa phải trước giờ đóng cửa (văn phòng "${office}"). Hãy sửa lại buổi đó. (Opening time must be before closing time.)`);
  }
}

/** Each holiday once, and on a real calendar day. */
export function checkHolidays(holidays: Holiday[]): void {
  const dates = holidays.map((h) => h.date);
  if (new Set(dates).size !== dates.length) throw new ApiError(422, "DUPLICATE_HOLIDAY", "Một ngày nghỉ được ghi hai lần. Mỗi ngày chỉ ghi một lần. (Duplicate holiday date.)");
  const invalid = dates.find((d) => Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d);
  if (invalid) throw new ApiError(422, "INVALID_HOLIDAY", `Ngày ${invalid} không có trên lịch. Hãy sửa lại ngày nghỉ. (Invalid date.)`);
}
