import { useCallback, useEffect, useState, type FormEvent } from "react";
import { wardAdminEndpoints } from "../shared/api/wards";
import type { Ward, WardList, WardSummary } from "../shared/schemas/ward";
import { NoticeLine, type Notice } from "./form-bits";
import { errorMessage, http } from "./console-api";

/** National role: the wards this deployment serves, and a new ward with sane defaults. */
export function WardsView() {
  const [items, setItems] = useState<WardSummary[]>([]);
  const [message, setMessage] = useState<Notice>(null);
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("Phường ");
  const [province, setProvince] = useState("");
  const [hotline, setHotline] = useState("");

  // The public list may be cached for a minute; the national editor must see the ward just created.
  const load = useCallback(() => {
    http.get<WardList>("/wards", { headers: { "Cache-Control": "no-cache" } }).then((res) => setItems(res.data.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, []);
  useEffect(load, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = (await http.post<Ward>(wardAdminEndpoints.create.url({}), { slug, name, province, hotline: hotline.trim() || null })).data;
      setMessage({ kind: "ok", text: `Đã tạo ${created.name} (mã ${created.slug}). Giờ làm việc mặc định thứ Hai–thứ Sáu; hãy thêm quản trị viên cho phường rồi sửa "Cài đặt phường".` });
      setSlug("");
      setName("Phường ");
      setHotline("");
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  return (
    <section aria-labelledby="wards-title">
      <h2 id="wards-title">Phường</h2>
      <NoticeLine notice={message} />
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
        <input id="ward-slug" value={slug} onChange={(e) => setSlug(e.target.value)} required />
        <label htmlFor="ward-name">Tên</label>
        <input id="ward-name" value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor="ward-province">Tỉnh, thành phố</label>
        <input id="ward-province" value={province} onChange={(e) => setProvince(e.target.value)} required />
        <label htmlFor="ward-hotline">Đường dây nóng (không bắt buộc)</label>
        <input id="ward-hotline" value={hotline} onChange={(e) => setHotline(e.target.value)} inputMode="tel" />
        <button type="submit" className="primary">
          Tạo phường
        </button>
      </form>
    </section>
  );
}
