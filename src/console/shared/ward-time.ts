// Clerks schedule in the ward's time (UTC+7, no daylight saving), whatever the office PC is set to.
const OFFSET = "+07:00";

/** "2026-11-23T08:00" typed in a datetime-local field → ISO instant. */
export const fromWardInput = (value: string): string | null => (value ? new Date(`${value}:00${OFFSET}`).toISOString() : null);

/** ISO instant → "2026-11-23T08:00" for a datetime-local field. */
export function toWardInput(iso: string | null): string {
  if (!iso) return "";
  return new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** "08:00 23/11/2026" on the ward's clock. */
export function formatWardTime(iso: string | null): string {
  if (!iso) return "—";
  const [date, time] = toWardInput(iso).split("T");
  const [y, m, d] = (date ?? "").split("-");
  return `${time} ${d}/${m}/${y}`;
}

/** "23/11/2026" on the ward's clock. */
export function formatWardDate(iso: string | null): string {
  return iso ? formatWardTime(iso).split(" ")[1] ?? "—" : "—";
}
