import { ApiError } from "../lib/api-error";
import type { Office, Ward } from "../../shared/schemas/ward";
import type { NewWard } from "../../shared/schemas/ward-admin";
import { insertWard, replaceOffices, type WardInsert } from "../repositories/ward-settings";
import { addStaffWard } from "../repositories/staff";
import { findWard } from "../repositories/wards";
import { checkedCityChannel, checkedOaId, checkHolidays, checkHours, HOTLINE, httpsProblem, invalidWardField, tidy } from "./ward-fields";
import { recordedChange, type Actor, type ServiceContext } from "./versioned-change";

// A new ward in minutes (issue 18): the same rules from the console (national role) and the shell
// (`npm run ward -- add`). It starts with the national catalogue and guides (they are shared, read
// through left joins), no teams, no areas, no demo data, and one office with the usual hours.

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNIT = /^(Phường|Xã|Đặc khu) \S/u;
const DEFAULT_COLOUR = "#0b5cab";
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const WEEKDAYS = [1, 2, 3, 4, 5];
/** The hours most one-stop counters keep; the ward changes them in "Cài đặt phường". */
export const DEFAULT_HOURS: Office["hours"] = [
  { days: WEEKDAYS, open: "07:30", close: "11:30" },
  { days: WEEKDAYS, open: "13:30", close: "17:00" },
];

const invalid = invalidWardField;

export type CheckedNewWard = WardInsert & { offices: Office[] };

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
  const zaloOaId = checkedOaId(input.zaloOaId);
  const cityChannel = checkedCityChannel(input.cityChannel);
  const offices = checkedOffices(slug, name, hotline, input.offices ?? []);
  const holidays = [...(input.holidays ?? [])].map((h) => ({ date: h.date, name: h.name.trim() })).sort((a, b) => a.date.localeCompare(b.date));
  checkHolidays(holidays);
  const title = tidy(input.branding?.title) ?? name;
  if (title.length > 60) throw invalid("branding.title", "Tên ứng dụng dài quá 60 ký tự; Zalo cắt bớt tên dài. Hãy ghi ngắn hơn, ví dụ \"Phường Hải Châu\". (App title too long.)");
  const color = tidy(input.branding?.color) ?? DEFAULT_COLOUR;
  if (!COLOUR.test(color)) throw invalid("branding.color", `Màu "${color}" không hợp lệ. Hãy ghi dạng #rrggbb, ví dụ #0b5cab. (Colour must be #rrggbb.)`);
  const logoUrl = tidy(input.branding?.logoUrl);
  const logoProblem = logoUrl === null ? null : httpsProblem(logoUrl);
  if (logoProblem) throw invalid("branding.logoUrl", `Địa chỉ logo ${logoProblem}. Hãy dán địa chỉ ảnh dạng https://…, hoặc để trống. (Logo must be an https URL.)`);
  return { slug, name, province, hotline, formerUnits: formerUnits.map((u) => ({ name: u, note: null })), zaloOaId, cityChannel, branding: { title, color: color.toLowerCase(), logoUrl }, offices, holidays };
}

const officeOfWard = (name: string) => `Bộ phận một cửa – UBND ${name.replace(/^(Phường|Xã|Đặc khu)/u, (unit) => unit.toLowerCase())}`;

/** The offices given, checked; none given: the one-stop counter with the usual hours, to be confirmed. */
function checkedOffices(slug: string, name: string, hotline: string | null, input: NonNullable<NewWard["offices"]>): Office[] {
  if (input.length === 0) {
    return [{ id: `${slug}-mot-cua`, kind: "people-committee", name: officeOfWard(name), address: "Địa chỉ đang được cập nhật", phone: hotline, hours: DEFAULT_HOURS, note: "Giờ làm việc mặc định khi tạo phường; phường cần xác nhận lại." }];
  }
  return input.map((o, i) => {
    const officeName = tidy(o.name) ?? (i === 0 ? officeOfWard(name) : null);
    const address = tidy(o.address);
    const phone = tidy(o.phone);
    const at = `offices.${i}`;
    if (officeName === null || officeName.length < 3 || officeName.length > 120) throw invalid(`${at}.name`, `Văn phòng ${i + 1}: hãy ghi tên (3–120 ký tự), ví dụ "Bộ phận một cửa – UBND phường Hải Châu". (Office name required.)`);
    if (address === null || address.length < 5 || address.length > 200) throw invalid(`${at}.address`, `Văn phòng ${i + 1}: hãy ghi địa chỉ (số nhà, đường), ví dụ "270 Trưng Nữ Vương". (Office address required.)`);
    if (phone !== null && !HOTLINE.test(phone)) throw invalid(`${at}.phone`, `Văn phòng ${i + 1}: số điện thoại "${phone}" không hợp lệ. (Invalid office phone.)`);
    if (o.hours.length === 0) throw invalid(`${at}.hours`, `Văn phòng ${i + 1}: hãy ghi ít nhất một buổi tiếp dân. (Office needs hours.)`);
    checkHours(officeName, o.hours);
    return { id: i === 0 ? `${slug}-mot-cua` : `${slug}-van-phong-${i + 1}`, kind: i === 0 ? "people-committee" : "other", name: officeName, address, phone, hours: o.hours, note: null };
  });
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
      // Whoever creates it in the console manages it at once, e.g. to add its first staff.
      if (actor.id !== null) await addStaffWard(tx, actor.id, ward.slug);
      await replaceOffices(tx, ward.slug, ward.offices);
      const after = await findWard(tx, ward.slug);
      if (!after) throw new Error(`ward ${ward.slug} vanished inside its own transaction`);
      return { before: null, after };
    },
    (_before, after) => ({ action: "create", entity: "ward", entityId: after.slug, wards: [after.slug, null] }),
  );
}
