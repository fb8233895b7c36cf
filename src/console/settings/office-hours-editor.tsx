import type { OpeningPeriod } from "../../shared/schemas/ward";

const DAYS = [
  { day: 1, label: "T2" },
  { day: 2, label: "T3" },
  { day: 3, label: "T4" },
  { day: 4, label: "T5" },
  { day: 5, label: "T6" },
  { day: 6, label: "T7" },
  { day: 0, label: "CN" },
];

/**
 * An office's weekly hours as periods (days, from, to). A lunch break is the gap between two
 * periods of the same day; a Saturday morning is a period on T7 only.
 */
export function OfficeHoursEditor({ idPrefix, hours, onChange }: { idPrefix: string; hours: OpeningPeriod[]; onChange: (hours: OpeningPeriod[]) => void }) {
  const update = (i: number, patch: Partial<OpeningPeriod>) => onChange(hours.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="hours-editor">
      <p className="hint">Giờ tiếp dân theo tuần. Nghỉ trưa là khoảng giữa hai buổi của cùng một ngày.</p>
      {hours.map((period, i) => (
        <fieldset key={i} className="period">
          <legend>Buổi {i + 1}</legend>
          <div className="day-boxes">
            {DAYS.map(({ day, label }) => (
              <label key={day}>
                <input
                  type="checkbox"
                  checked={period.days.includes(day)}
                  onChange={(e) => update(i, { days: e.target.checked ? [...period.days, day].sort() : period.days.filter((d) => d !== day) })}
                />{" "}
                {label}
              </label>
            ))}
          </div>
          <label htmlFor={`${idPrefix}-${i}-open`}>Từ</label>
          <input id={`${idPrefix}-${i}-open`} type="time" value={period.open} onChange={(e) => update(i, { open: e.target.value })} required />
          <label htmlFor={`${idPrefix}-${i}-close`}>Đến</label>
          <input id={`${idPrefix}-${i}-close`} type="time" value={period.close} onChange={(e) => update(i, { close: e.target.value })} required />
          <button type="button" onClick={() => onChange(hours.filter((_, j) => j !== i))}>
            Xóa buổi này
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...hours, { days: [1, 2, 3, 4, 5], open: "07:30", close: "11:30" }])}>
        Thêm buổi
      </button>
    </div>
  );
}
