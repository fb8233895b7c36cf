import type { Holiday } from "../../shared/schemas/ward";

/**
 * The ward's days off (Tết, 30/4, 1/5, 2/9, Giỗ Tổ, compensatory days, local closures): one row
 * per day. Residents' app never says "Đang mở cửa" on these days.
 */
export function HolidaysEditor({ holidays, onChange }: { holidays: Holiday[]; onChange: (holidays: Holiday[]) => void }) {
  const update = (i: number, patch: Partial<Holiday>) => onChange(holidays.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <div className="holidays-editor">
      <p className="hint">Mỗi ngày nghỉ một dòng, kể cả ngày nghỉ bù. Chính phủ công bố lịch nghỉ mỗi năm: hãy cập nhật khi có thông báo.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Tên ngày nghỉ</th>
            <th scope="col">
              <span className="visually-hidden">Xóa</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h, i) => (
            <tr key={i}>
              <td>
                <input type="date" aria-label={`Ngày nghỉ ${i + 1}`} value={h.date} onChange={(e) => update(i, { date: e.target.value })} required />
              </td>
              <td>
                <input aria-label={`Tên ngày nghỉ ${i + 1}`} value={h.name} onChange={(e) => update(i, { name: e.target.value })} required minLength={2} maxLength={80} />
              </td>
              <td>
                <button type="button" onClick={() => onChange(holidays.filter((_, j) => j !== i))}>
                  Xóa
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...holidays, { date: "", name: "" }])}>
        Thêm ngày nghỉ
      </button>
    </div>
  );
}
