import type { OpeningPeriod } from "./schemas/ward";

// Việt Nam keeps UTC+7 all year (no daylight saving), so the ward's local clock is a fixed offset
// from UTC whatever time zone the phone or the server is set to.
const VIETNAM_OFFSET_MINUTES = 7 * 60;

export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/** Day of week (0 = Chủ nhật) and minutes since midnight, on the ward's clock. */
export function vietnamClock(at: Date): { day: number; minutes: number } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return { day: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function periodsOn(hours: OpeningPeriod[], day: number): OpeningPeriod[] {
  return hours.filter((p) => p.days.includes(day)).sort((a, b) => toMinutes(a.open) - toMinutes(b.open));
}

export type OpenState =
  | { open: true; closesAt: string }
  | { open: false; opensAt: { day: number; time: string; inDays: number } | null };

/** Whether an office is open at `at`, and when it closes or next opens (looking up to a week ahead). */
export function openState(hours: OpeningPeriod[], at: Date): OpenState {
  const { day, minutes } = vietnamClock(at);
  const current = periodsOn(hours, day).find((p) => toMinutes(p.open) <= minutes && minutes < toMinutes(p.close));
  if (current) return { open: true, closesAt: current.close };
  for (let inDays = 0; inDays <= 7; inDays++) {
    const d = (day + inDays) % 7;
    const next = periodsOn(hours, d).find((p) => inDays > 0 || toMinutes(p.open) > minutes);
    if (next) return { open: false, opensAt: { day: d, time: next.open, inDays } };
  }
  return { open: false, opensAt: null };
}

/** "7:30–11:30, 13:30–17:00" for one day, or "Nghỉ". */
export function describeDay(hours: OpeningPeriod[], day: number): string {
  const periods = periodsOn(hours, day);
  if (periods.length === 0) return "Nghỉ";
  const trim = (t: string) => t.replace(/^0/, "");
  return periods.map((p) => `${trim(p.open)}–${trim(p.close)}`).join(", ");
}

/** A plain sentence for the home screen: "Đang mở cửa, đóng lúc 11:30" / "Mở lại 13:30 hôm nay". */
export function describeOpenState(state: OpenState): string {
  const trim = (t: string) => t.replace(/^0/, "");
  if (state.open) return `Đang mở cửa, đóng lúc ${trim(state.closesAt)}`;
  if (!state.opensAt) return "Chưa có giờ làm việc";
  const { inDays, day, time } = state.opensAt;
  const when = inDays === 0 ? "hôm nay" : inDays === 1 ? "ngày mai" : (WEEKDAY_NAMES[day] ?? "").toLowerCase();
  return `Đã đóng cửa. Mở lại ${trim(time)} ${when}`;
}
