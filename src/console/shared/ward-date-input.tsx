import { useEffect, useState } from "react";
import { toWardInput } from "./ward-time";

/**
 * Date and time typed as the ward writes them — dd/mm/yyyy and 24 h, on the ward's clock — in
 * plain text boxes: <input type="date"> shows the browser's format (mm/dd/yyyy on an English
 * Windows), where a day/month slip is one keystroke away.
 */
export type WardDateTime = { date: string; time: string };

/** "23/11/2026", "08:30" → ISO instant; an error text when it is not a real date or time. */
export function parseWardDateTime({ date, time }: WardDateTime): { iso: string | null; error: string | null } {
  if (!date.trim() && !time.trim()) return { iso: null, error: null };
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (!d) return { iso: null, error: "Ngày phải ghi dạng ngày/tháng/năm, ví dụ 05/12/2026." };
  const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) {
    return { iso: null, error: `Ngày ${date.trim()} không có thật (ngày/tháng/năm). Hãy kiểm tra lại.` };
  }
  const t = /^(\d{1,2})[:h](\d{2})$/.exec(time.trim() || "00:00");
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return { iso: null, error: "Giờ phải ghi dạng 24 giờ, ví dụ 08:30 hoặc 14:00." };
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = new Date(`${year}-${pad(month)}-${pad(day)}T${pad(Number(t[1]))}:${t[2]}:00+07:00`).toISOString();
  return { iso, error: null };
}

export function wardDateTimeOf(iso: string | null): WardDateTime {
  if (!iso) return { date: "", time: "" };
  const [date = "", time = ""] = toWardInput(iso).split("T");
  const [y, m, d] = date.split("-");
  return { date: `${d}/${m}/${y}`, time };
}

/** Adds the slashes as the clerk types digits: "05122026" → "05/12/2026". */
function maskDate(raw: string): string {
  if (raw.includes("/")) return raw.slice(0, 10);
  const digits = raw.replace(/\D/g, "").slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean).join("/");
}
function maskTime(raw: string): string {
  if (raw.includes(":")) return raw.slice(0, 5);
  const digits = raw.replace(/\D/g, "").slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}:${digits.slice(2)}` : digits;
}

type Props = { id: string; label: string; value: WardDateTime; onChange: (value: WardDateTime) => void };

export function WardDateTimeInput({ id, label, value, onChange }: Props) {
  const [touched, setTouched] = useState(false);
  const { error } = parseWardDateTime(value);
  useEffect(() => {
    if (!value.date && !value.time) setTouched(false);
  }, [value.date, value.time]);
  return (
    <fieldset className="ward-datetime">
      <legend>{label}</legend>
      <label htmlFor={`${id}-date`}>Ngày (ngày/tháng/năm)</label>
      <input id={`${id}-date`} inputMode="numeric" placeholder="dd/mm/yyyy" autoComplete="off" value={value.date} onBlur={() => setTouched(true)} onChange={(e) => onChange({ ...value, date: maskDate(e.target.value) })} aria-invalid={touched && !!error} aria-describedby={`${id}-error`} />
      <label htmlFor={`${id}-time`}>Giờ (24 giờ)</label>
      <input id={`${id}-time`} inputMode="numeric" placeholder="HH:mm" autoComplete="off" value={value.time} onBlur={() => setTouched(true)} onChange={(e) => onChange({ ...value, time: maskTime(e.target.value) })} aria-invalid={touched && !!error} aria-describedby={`${id}-error`} />
      <span id={`${id}-error`} className="field-error" role={touched && error ? "alert" : undefined}>
        {touched ? error : null}
      </span>
    </fieldset>
  );
}
