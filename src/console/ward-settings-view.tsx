import { wardContracts } from "../shared/api/wards";
import { useEffect, useState } from "react";
import type { Ward } from "../shared/schemas/ward";
import { NoticeLine, type Notice } from "./form-bits";
import { HolidaysEditor } from "./holidays-editor";
import { OfficeHoursEditor } from "./office-hours-editor";
import { call, errorMessage } from "./console-api";

/** Admins: the ward's name, hotline, branding, offices (addresses, phones, notes, weekly hours) and holidays. */
export function WardSettingsView({ ward: slug }: { ward: string }) {
  const [ward, setWard] = useState<Ward | null>(null);
  const [message, setMessage] = useState<Notice>(null);
  useEffect(() => {
    call(wardContracts.one, { params: { ward: slug } }).then((res) => setWard(res), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, [slug]);
  if (!ward) return message ? <p className="error">{message.text}</p> : <p>Đang tải…</p>;
  const set = (patch: Partial<Ward>) => setWard({ ...ward, ...patch });
  const save = async () => {
    try {
      const { version, name, province, hotline, branding, offices, formerUnits, reviewPeriodDays, holidays } = ward;
      setWard(await call(wardContracts.update, { params: { ward: slug }, body: { version, name, province, hotline, branding, offices, formerUnits, reviewPeriodDays, holidays } }));
      setMessage({ kind: "ok", text: "Đã lưu. Ứng dụng của người dân cập nhật ngay." });
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Cài đặt phường</h2>
      <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label htmlFor="ward-name">Tên phường</label>
        <input id="ward-name" value={ward.name} onChange={(e) => set({ name: e.target.value })} />
        <label htmlFor="ward-hotline">Đường dây nóng</label>
        <input id="ward-hotline" value={ward.hotline ?? ""} onChange={(e) => set({ hotline: e.target.value || null })} />
        <label htmlFor="ward-title">Tên hiển thị trong ứng dụng</label>
        <input id="ward-title" value={ward.branding.title} onChange={(e) => set({ branding: { ...ward.branding, title: e.target.value } })} />
        <label htmlFor="ward-color">Màu chủ đạo</label>
        <input id="ward-color" type="color" value={ward.branding.color} onChange={(e) => set({ branding: { ...ward.branding, color: e.target.value } })} />
        <label htmlFor="ward-review-days">Xác nhận thủ tục có hiệu lực bao nhiêu ngày (từ 30 đến 730)</label>
        <input id="ward-review-days" type="number" min={30} max={730} value={ward.reviewPeriodDays} onChange={(e) => set({ reviewPeriodDays: Number(e.target.value) })} />
        <h3>Văn phòng</h3>
        {ward.offices.map((o, i) => {
          const update = (patch: Partial<typeof o>) => set({ offices: ward.offices.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <fieldset key={o.id} className="office">
              <legend>{o.name}</legend>
              <label htmlFor={`office-${i}-address`}>Địa chỉ</label>
              <input id={`office-${i}-address`} value={o.address} onChange={(e) => update({ address: e.target.value })} />
              <label htmlFor={`office-${i}-phone`}>Điện thoại</label>
              <input id={`office-${i}-phone`} value={o.phone ?? ""} onChange={(e) => update({ phone: e.target.value || null })} />
              <label htmlFor={`office-${i}-note`}>Ghi chú</label>
              <input id={`office-${i}-note`} value={o.note ?? ""} onChange={(e) => update({ note: e.target.value || null })} />
              <OfficeHoursEditor idPrefix={`office-${i}-hours`} hours={o.hours} onChange={(hours) => update({ hours })} />
            </fieldset>
          );
        })}
        <h3>Ngày nghỉ lễ, nghỉ bù</h3>
        <HolidaysEditor holidays={ward.holidays} onChange={(holidays) => set({ holidays })} />
        <NoticeLine notice={message} />
        <button type="submit" className="primary">
          Lưu cài đặt
        </button>
      </form>
    </section>
  );
}
