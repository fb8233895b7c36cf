import { wardContracts } from "../../shared/api/wards";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import type { Holiday, OpeningPeriod, Ward, WardSummary } from "../../shared/schemas/ward";
import { NoticeLine, type Notice } from "../shared/form-bits";
import { HolidaysEditor } from "../settings/holidays-editor";
import { OfficeHoursEditor } from "../settings/office-hours-editor";
import { call, errorMessage} from "../console-api";

const EMPTY = { slug: "", name: "Phường ", province: "", hotline: "", former: "", zaloOaId: "", title: "", color: "#0b5cab", logoUrl: "", cityName: "", cityPhone: "", cityUrl: "", officeName: "", officeAddress: "", officePhone: "" };
type Fields = typeof EMPTY;
// What most one-stop counters keep (the server's default too): the clerk changes what differs.
const WEEKDAYS = [1, 2, 3, 4, 5];
const USUAL_HOURS: OpeningPeriod[] = [
  { days: WEEKDAYS, open: "07:30", close: "11:30" },
  { days: WEEKDAYS, open: "13:30", close: "17:00" },
];

/**
 * National role: the wards this deployment serves, and a new ward: its one-stop office with hours
 * and lunch break, its holidays, the city's report channel and branding. More offices are added
 * afterwards in "Cài đặt phường" (by the ward's admin), linked from here.
 */
export function WardsView({ onOpen, canOpenSettings }: { onOpen: (ward: string, view: "settings" | "staff") => void; canOpenSettings: boolean }) {
  const [items, setItems] = useState<WardSummary[]>([]);
  const [message, setMessage] = useState<Notice>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [created, setCreated] = useState<Ward | null>(null);
  const [hours, setHours] = useState<OpeningPeriod[]>(USUAL_HOURS);
  const [holidays, setHolidays] = useState<Holiday[]>([]);
  const field = (key: keyof Fields) => ({ id: `ward-${key}`, value: fields[key], onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })) });

  // The public list may be cached for a minute; the national editor must see the ward just created.
  const load = useCallback(() => {
    call(wardContracts.list, {}, { headers: { "Cache-Control": "no-cache" } }).then((res) => setItems(res.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, []);
  useEffect(load, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const body = {
        slug: fields.slug,
        name: fields.name,
        province: fields.province,
        hotline: fields.hotline.trim() || null,
        formerUnits: fields.former.split(/[;\n]/).map((u) => u.trim()).filter(Boolean),
        zaloOaId: fields.zaloOaId.trim() || null,
        cityChannel: fields.cityName.trim() ? { name: fields.cityName, phone: fields.cityPhone.trim() || null, url: fields.cityUrl.trim() || null } : null,
        // No address yet: the server makes the usual one-stop office, marked for the ward to confirm.
        offices: fields.officeAddress.trim() ? [{ name: fields.officeName, address: fields.officeAddress, phone: fields.officePhone.trim() || null, hours }] : [],
        holidays,
        branding: { title: fields.title.trim() || null, color: fields.color.trim() || null, logoUrl: fields.logoUrl.trim() || null },
      };
      const ward = await call(wardContracts.create, { body });
      const office = ward.offices[0];
      setMessage({ kind: "ok", text: `Đã tạo ${ward.name} (mã ${ward.slug}), văn phòng: ${office ? `${office.name}, ${office.address}` : "chưa có"}. Hãy thêm quản trị viên cho phường.` });
      setCreated(ward);
      setFields(EMPTY);
      setHours(USUAL_HOURS);
      setHolidays([]);
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  return (
    <section aria-labelledby="wards-title">
      <h2 id="wards-title">Phường</h2>
      <NoticeLine notice={message} />
      {created && (
        <div className="actions">
          <button type="button" onClick={() => onOpen(created.slug, "staff")}>
            Thêm quản trị viên cho {created.name}
          </button>
          {canOpenSettings && (
            <button type="button" onClick={() => onOpen(created.slug, "settings")}>
              Cài đặt phường: văn phòng, giờ làm việc
            </button>
          )}
        </div>
      )}
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col">Tỉnh, thành phố</th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => (
            <tr key={w.slug}>
              <td>{w.slug}</td>
              <td>
                {w.name}
                {w.isDemo ? " · dữ liệu mẫu" : ""}
              </td>
              <td>{w.province}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="panel inline-form" onSubmit={(e) => void add(e)}>
        <h3>Thêm phường</h3>
        <label htmlFor="ward-slug">Mã phường (chữ thường không dấu, ví dụ hai-chau)</label>
        <input {...field("slug")} required />
        <label htmlFor="ward-name">Tên</label>
        <input {...field("name")} required />
        <label htmlFor="ward-province">Tỉnh, thành phố</label>
        <input {...field("province")} required />
        <label htmlFor="ward-hotline">Đường dây nóng (không bắt buộc)</label>
        <input {...field("hotline")} inputMode="tel" />
        <label htmlFor="ward-former">Đơn vị cũ trước sáp nhập (mỗi dòng một tên, không bắt buộc)</label>
        <textarea {...field("former")} rows={3} placeholder={"Phường Hòa Cường Bắc\nPhường Hòa Cường Nam"} />
        <label htmlFor="ward-zaloOaId">Mã Zalo OA của phường (không bắt buộc)</label>
        <input {...field("zaloOaId")} inputMode="numeric" />
        <fieldset className="office">
          <legend>Bộ phận một cửa</legend>
          <p className="hint">Để trống địa chỉ nếu chưa biết: phường sẽ có giờ làm việc thông thường, ghi chú "cần xác nhận lại".</p>
          <label htmlFor="ward-officeName">Tên văn phòng (để trống: Bộ phận một cửa – UBND phường …)</label>
          <input {...field("officeName")} />
          <label htmlFor="ward-officeAddress">Địa chỉ (số nhà, đường)</label>
          <input {...field("officeAddress")} />
          <label htmlFor="ward-officePhone">Điện thoại của văn phòng (không bắt buộc)</label>
          <input {...field("officePhone")} inputMode="tel" />
          <OfficeHoursEditor idPrefix="ward-office-hours" hours={hours} onChange={setHours} />
        </fieldset>
        <fieldset className="office">
          <legend>Ngày nghỉ lễ, nghỉ bù</legend>
          <HolidaysEditor holidays={holidays} onChange={setHolidays} />
        </fieldset>
        <fieldset className="office">
          <legend>Kênh phản ánh của thành phố (không bắt buộc)</legend>
          <p className="hint">Việc không thuộc phường (đường lớn, điện, nước…): ứng dụng chỉ người dân sang kênh này.</p>
          <label htmlFor="ward-cityName">Tên kênh, ví dụ Tổng đài 1022 Đà Nẵng</label>
          <input {...field("cityName")} />
          <label htmlFor="ward-cityPhone">Số điện thoại của kênh</label>
          <input {...field("cityPhone")} inputMode="tel" />
          <label htmlFor="ward-cityUrl">Trang web của kênh, dạng https://…</label>
          <input {...field("cityUrl")} type="url" inputMode="url" />
        </fieldset>
        <label htmlFor="ward-title">Tên hiện trên ứng dụng (để trống: dùng tên phường)</label>
        <input {...field("title")} />
        <label htmlFor="ward-color">Màu chủ đạo</label>
        {/* The browser draws a colour input tiny; a finger needs 44 px. */}
        <input {...field("color")} type="color" style={{ width: 88, height: 44, padding: 2 }} />
        <label htmlFor="ward-logoUrl">Địa chỉ logo, dạng https://… (không bắt buộc)</label>
        <input {...field("logoUrl")} type="url" inputMode="url" />
        <button type="submit" className="primary">
          Tạo phường
        </button>
      </form>
    </section>
  );
}
