import { ApiError } from "../lib/api-error";
import type { Office, Ward } from "../../shared/schemas/ward";
import type { NewWard } from "../../shared/schemas/ward-admin";
import { insertWard, replaceOffices, type WardInsert } from "../repositories/ward-settings";
import { addStaffWard } from "../repositories/staff";
import { findWard } from "../repositories/wards";
import { recordedChange, type Actor, type ServiceContext } from "./versioned-change";

// A new ward in minutes (issue 18): the same rules from the console (national role) and the shell
// (`npm run ward -- add`). It starts with the national catalogue and guides (they are shared, read
// through left joins), no teams, no areas, no demo data, and one office with the usual hours.

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNIT = /^(Phường|Xã|Đặc khu) \S/u;
const HOTLINE = /^[0-9 +().-]{3,20}$/;
const DEFAULT_COLOUR = "#0b5cab";
const COLOUR = /^#[0-9a-fA-F]{6}$/;
// The shape the mini app opens (src/app/platform/zalo/official-account.ts requireOaId): digits as Zalo shows them, or a zalo.me name.
const OA_ID = /^[0-9A-Za-z_-]{1,64}$/;
const WEEKDAYS = [1, 2, 3, 4, 5];
/** The hours most one-stop counters keep; the ward changes them in "Cài đặt phường". */
export const DEFAULT_HOURS: Office["hours"] = [
  { days: WEEKDAYS, open: "07:30", close: "11:30" },
  { days: WEEKDAYS, open: "13:30", close: "17:00" },
];

const invalid = (field: string, message: string) => new ApiError(422, "INVALID_WARD", message, { field });

export type CheckedNewWard = WardInsert;

const tidy = (text: string | null | undefined) => text?.trim().replace(/\s+/g, " ") || null;

/** An https address, or a message saying what is wrong with it. */
function httpsProblem(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && url.hostname.includes(".") ? null : "phải bắt đầu bằng https://";
  } catch {
    return "không phải một địa chỉ web";
  }
}

/** The input trimmed and checked; each problem says what to write instead. */
export function checkedNewWard(input: NewWard): CheckedNewWard {
  const slug = input.slug.trim();
  const name = input.name.trim().replace(/\s+/g, " ");
  const province = input.province.trim().replace(/\s+/g, " ");
  const hotline = input.hotline?.trim() || null;
  if (!SLUG.test(slug) || slug.length < 2 || slug.length > 64) {
    throw invalid("slug", `Mã phường "${slug}" không hợp lệ. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ hai-chau. (Slug: lowercase letters, digits, dashes.)`);
  }
  if (!UNIT.test(name) || name.length > 120) {
    throw invalid("name", 'Tên phải bắt đầu bằng "Phường", "Xã" hoặc "Đặc khu", ví dụ "Phường Hải Châu". (Name must start with Phường, Xã or Đặc khu.)');
  }
  if (province.length < 2 || province.length > 120) {
    throw invalid("province", 'Hãy ghi tỉnh hoặc thành phố, ví dụ "Thành phố Đà Nẵng". (Province is required.)');
  }
  if (hotline !== null && !HOTLINE.test(hotline)) {
    throw invalid("hotline", `Số đường dây nóng "${hotline}" không hợp lệ. Chỉ dùng số, dấu cách, +, (, ), dấu chấm hoặc gạch ngang, ví dụ 0236 3822 222. (Invalid hotline.)`);
  }
  const formerUnits: string[] = [];
  for (const unit of (input.formerUnits ?? []).map(tidy)) {
    if (!unit || formerUnits.some((u) => u.toLowerCase() === unit.toLowerCase())) continue;
    if (unit.length > 120) throw invalid("formerUnits", `Tên đơn vị cũ "${unit.slice(0, 40)}…" dài quá 120 ký tự. Mỗi dòng một tên, ví dụ "Phường Hòa Cường Bắc". (Former unit too long.)`);
    if (unit.toLowerCase() === name.toLowerCase()) continue;
    formerUnits.push(unit);
  }
  if (formerUnits.length > 20) throw invalid("formerUnits", "Nhiều hơn 20 đơn vị cũ. Hãy giữ các đơn vị đã sáp nhập vào phường này. (At most 20 former units.)");
  const zaloOaId = tidy(input.zaloOaId);
  if (zaloOaId !== null && !OA_ID.test(zaloOaId)) {
    throw invalid("zaloOaId", `Mã Zalo OA "${zaloOaId}" không hợp lệ. Hãy chép mã số OA trong trang quản lý Zalo OA (chỉ chữ số, chữ không dấu, - hoặc _), ví dụ 4318786537405209652. (Invalid Zalo OA id.)`);
  }
  const title = tidy(input.branding?.title) ?? name;
  if (title.length > 60) throw invalid("branding.title", "Tên ứng dụng dài quá 60 ký tự; Zalo cắt bớt tên dài. Hãy ghi ngắn hơn, ví dụ \"Phường Hải Châu\". (App title too long.)");
  const color = tidy(input.branding?.color) ?? DEFAULT_COLOUR;
  if (!COLOUR.test(color)) throw invalid("branding.color", `Màu "${color}" không hợp lệ. Hãy ghi dạng #rrggbb, ví dụ #0b5cab. (Colour must be #rrggbb.)`);
  const logoUrl = tidy(input.branding?.logoUrl);
  const logoProblem = logoUrl === null ? null : httpsProblem(logoUrl);
  if (logoProblem) throw invalid("branding.logoUrl", `Địa chỉ logo ${logoProblem}. Hãy dán địa chỉ ảnh dạng https://…, hoặc để trống. (Logo must be an https URL.)`);
  return { slug, name, province, hotline, formerUnits: formerUnits.map((u) => ({ name: u, note: null })), zaloOaId, branding: { title, color: color.toLowerCase(), logoUrl } };
}

/** Creates the ward with sane defaults; 409 when the slug is taken (nothing changed then). */
export function createWard(ctx: ServiceContext, actor: Actor, input: NewWard): Promise<Ward> {
  const ward = checkedNewWard(input);
  return recordedChange<Ward>(
    ctx,
    actor,
    async (tx, now) => {
      const inserted = await insertWard(tx, ward, now);
      if (!inserted) {
        throw new ApiError(409, "WARD_EXISTS", `Đã có phường với mã "${ward.slug}". Hãy chọn mã khác, hoặc sửa phường đó trong "Cài đặt phường". (Ward already exists.)`, { field: "slug" });
      }
      // Whoever creates it in the console manages it at once: offices and hours are set next, in "Cài đặt phường".
      if (actor.id !== null) await addStaffWard(tx, actor.id, ward.slug);
      await replaceOffices(tx, ward.slug, [
        {
          id: `${ward.slug}-mot-cua`,
          kind: "people-committee",
          name: `Bộ phận một cửa – UBND ${ward.name.replace(/^(Phường|Xã|Đặc khu)/u, (unit) => unit.toLowerCase())}`,
          address: "Địa chỉ đang được cập nhật",
          phone: ward.hotline,
          hours: DEFAULT_HOURS,
          note: "Giờ làm việc mặc định khi tạo phường; phường cần xác nhận lại.",
        },
      ]);
      const after = await findWard(tx, ward.slug);
      if (!after) throw new Error(`ward ${ward.slug} vanished inside its own transaction`);
      return { before: null, after };
    },
    (_before, after) => ({ action: "create", entity: "ward", entityId: after.slug, wards: [after.slug, null] }),
  );
}
