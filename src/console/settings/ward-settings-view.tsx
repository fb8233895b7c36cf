import { useEffect, useState } from "react";
import { wardContracts } from "../../shared/api/wards";
import type { Ward } from "../../shared/schemas/ward";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, type Notice } from "../shared/form-bits";
import type { FieldSpec } from "../shared/merge-fields";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { HolidaysEditor } from "./holidays-editor";
import { OfficeHoursEditor } from "./office-hours-editor";
import { call, errorMessage } from "../console-api";

const WARD_FIELDS: FieldSpec<Ward>[] = [
  { key: "name", label: "Tên phường" },
  { key: "province", label: "Tỉnh, thành phố" },
  { key: "hotline", label: "Đường dây nóng" },
  { key: "zaloOaId", label: "Mã Zalo OA" },
  { key: "cityChannel", label: "Kênh phản ánh của thành phố", text: (c) => (c ? [c.name, c.phone ?? "", c.url ?? ""].filter(Boolean).join("\n") : "(trống)") },
  { key: "branding", label: "Tên hiển thị, màu chủ đạo, logo", text: (b) => [b.title, b.color, b.logoUrl ?? ""].filter(Boolean).join("\n") },
  { key: "offices", label: "Nơi làm việc", text: (os) => os.map((o) => `${o.name}: ${o.address}`).join("\n") },
  { key: "formerUnits", label: "Phường, xã cũ", text: (us) => us.map((u) => (u.note ? `${u.name} (${u.note})` : u.name)).join("\n") || "(trống)" },
  { key: "reviewPeriodDays", label: "Xác nhận thủ tục có hiệu lực (ngày)" },
  { key: "holidays", label: "Ngày nghỉ", text: (hs) => hs.map((h) => `${h.date} ${h.name}`).join("\n") || "(trống)" },
];

/** Admins: the ward's name, hotline, branding, offices (addresses, phones, notes, weekly hours) and holidays. */
export function WardSettingsView({ ward: slug }: { ward: string }) {
  const editor = useVersionedEditor<Ward>(async () => await call(wardContracts.one, { params: { ward: slug } }));
  const { draft: ward, setDraft: setWard, open } = editor;
  const [message, setMessage] = useState<Notice>(null);
  useEffect(() => {
    call(wardContracts.one, { params: { ward: slug } }).then((res) => open(res), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, [slug, open]);
  if (!ward) return message ? <p className="error">{message.text}</p> : <p>Đang tải…</p>;
  const set = (patch: Partial<Ward>) => setWard({ ...ward, ...patch });
  const save = async (value: Ward = ward) => {
    try {
      const { version, name, province, hotline, zaloOaId, cityChannel, branding, offices, formerUnits, reviewPeriodDays, holidays } = value;
      const saved = await editor.save(value, async () => await call(wardContracts.update, { params: { ward: slug }, body: { version, name, province, hotline, zaloOaId, cityChannel, branding, offices, formerUnits, reviewPeriodDays, holidays } }));
      if (!saved) return setMessage(null);
      open(saved);
      setMessage({ kind: "ok", text: "Đã lưu. Ứng dụng của người dân cập nhật ngay." });
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Cài đặt phường</h2>
      {editor.conflict && <ConflictPanel conflict={editor.conflict} fields={WARD_FIELDS} onSave={(merged) => void save(editor.resolve(merged))} onUseTheirs={editor.takeTheirs} />}
      <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label htmlFor="ward-name">Tên phường</label>
        <input id="ward-name" value={ward.name} onChange={(e) => set({ name: e.target.value })} />
        <label htmlFor="ward-hotline">Đường dây nóng</label>
        <input id="ward-hotline" value={ward.hotline ?? ""} onChange={(e) => set({ hotline: e.target.value || null })} />
        <label htmlFor="ward-oa">Mã Zalo OA của phường</label>
        <input id="ward-oa" value={ward.zaloOaId ?? ""} inputMode="numeric" onChange={(e) => set({ zaloOaId: e.target.value || null })} />
        <fieldset className="office">
          <legend>Kênh phản ánh của thành phố</legend>
          <p className="hint">Việc không thuộc phường (đường lớn, điện, nước…): ứng dụng chỉ người dân sang kênh này. Để trống tên để bỏ.</p>
          <label htmlFor="ward-city-name">Tên kênh</label>
          <input id="ward-city-name" value={ward.cityChannel?.name ?? ""} onChange={(e) => set({ cityChannel: e.target.value ? { phone: null, url: null, ...ward.cityChannel, name: e.target.value } : null })} />
          <label htmlFor="ward-city-phone">Số điện thoại</label>
          <input id="ward-city-phone" value={ward.cityChannel?.phone ?? ""} disabled={!ward.cityChannel} inputMode="tel" onChange={(e) => ward.cityChannel && set({ cityChannel: { ...ward.cityChannel, phone: e.target.value || null } })} />
          <label htmlFor="ward-city-url">Trang web, dạng https://…</label>
          <input id="ward-city-url" value={ward.cityChannel?.url ?? ""} disabled={!ward.cityChannel} type="url" onChange={(e) => ward.cityChannel && set({ cityChannel: { ...ward.cityChannel, url: e.target.value || null } })} />
        </fieldset>
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
