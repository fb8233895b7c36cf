import type { Holiday, OpeningPeriod } from "./schemas/ward";

// Việt Nam keeps UTC+7 all year (no daylight saving), so the ward's local clock is a fixed offset
// from UTC whatever time zone the phone or the server is set to.
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const DAY_MS = 86_400_000;
/** Tết with its weekends and compensatory days is the longest closure: look this far ahead. */
const LOOKAHEAD_DAYS = 45;

export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/** Day of week (0 = Chủ nhật), minutes since midnight and the date (YYYY-MM-DD), on the ward's clock. */
export function vietnamClock(at: Date): { day: number; minutes: number; date: string } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return { day: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes(), date: local.toISOString().slice(0, 10) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const trim = (t: string) => t.replace(/^0/, "");

export function periodsOn(hours: OpeningPeriod[], day: number): OpeningPeriod[] {
  return hours.filter((p) => p.days.includes(day)).sort((a, b) => toMinutes(a.open) - toMinutes(b.open));
}

export function holidayOn(holidays: readonly Holiday[], date: string): Holiday | undefined {
  return holidays.find((h) => h.date === date);
}

export type NextOpening = { day: number; date: string; time: string; inDays: number };

export type OpenState =
  | { open: true; closesAt: string }
  | {
      open: false;
      /** "break": between two periods of today (lunch); "holiday": today is one of the ward's days off. */
      reason: "break" | "holiday" | "closed";
      holiday?: string;
      opensAt: NextOpening | null;
    };

/**
 * Whether an office is open at `at`, and when it closes or next opens, skipping the ward's
 * holidays. Never "open" on a holiday, whatever the weekly hours say.
 */
export function openState(hours: OpeningPeriod[], at: Date, holidays: readonly Holiday[] = []): OpenState {
  const { day, minutes, date } = vietnamClock(at);
  const holiday = holidayOn(holidays, date);
  const today = periodsOn(hours, day);
  if (!holiday) {
    const current = today.find((p) => toMinutes(p.open) <= minutes && minutes < toMinutes(p.close));
    if (current) return { open: true, closesAt: current.close };
  }
  const opensAt = nextOpening(hours, at, holidays);
  if (holiday) return { open: false, reason: "holiday", holiday: holiday.name, opensAt };
  const hadPeriodToday = today.some((p) => toMinutes(p.close) <= minutes);
  const reason = hadPeriodToday && opensAt?.inDays === 0 ? "break" : "closed";
  return { open: false, reason, opensAt };
}

function nextOpening(hours: OpeningPeriod[], at: Date, holidays: readonly Holiday[]): NextOpening | null {
  const { minutes } = vietnamClock(at);
  for (let inDays = 0; inDays <= LOOKAHEAD_DAYS; inDays++) {
    const clock = vietnamClock(new Date(at.getTime() + inDays * DAY_MS));
    if (holidayOn(holidays, clock.date)) continue;
    const next = periodsOn(hours, clock.day).find((p) => inDays > 0 || toMinutes(p.open) > minutes);
    if (next) return { day: clock.day, date: clock.date, time: next.open, inDays };
  }
  return null;
}

/** "7:30–11:30, 13:30–17:00" for one weekday, or "Nghỉ". */
export function describeDay(hours: OpeningPeriod[], day: number): string {
  const periods = periodsOn(hours, day);
  if (periods.length === 0) return "Nghỉ";
  return periods.map((p) => `${trim(p.open)}–${trim(p.close)}`).join(", ");
}

/** Today's hours, or the holiday's name when the ward is closed today. */
export function describeToday(hours: OpeningPeriod[], at: Date, holidays: readonly Holiday[] = []): string {
  const { day, date } = vietnamClock(at);
  const holiday = holidayOn(holidays, date);
  return holiday ? `Nghỉ lễ (${holiday.name})` : describeDay(hours, day);
}

const ddmm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

function describeWhen(next: NextOpening): string {
  if (next.inDays === 0) return "hôm nay";
  if (next.inDays === 1) return "ngày mai";
  const weekday = (WEEKDAY_NAMES[next.day] ?? "").toLowerCase();
  // Past a week (Tết), the weekday alone is ambiguous: add the date.
  return next.inDays < 7 ? weekday : `${weekday}, ${ddmm(next.date)}`;
}

/** A plain sentence: "Đang mở cửa, đóng lúc 11:30" / "Nghỉ trưa, mở lại 13:30" / "Hôm nay nghỉ lễ (…). Mở lại …". */
export function describeOpenState(state: OpenState): string {
  if (state.open) return `Đang mở cửa, đóng lúc ${trim(state.closesAt)}`;
  const next = state.opensAt;
  if (state.reason === "break" && next) return `Nghỉ trưa, mở lại ${trim(next.time)}`;
  const reopen = next ? `Mở lại ${trim(next.time)} ${describeWhen(next)}` : "Chưa có giờ làm việc";
  if (state.reason === "holiday") return `Hôm nay nghỉ lễ (${state.holiday ?? ""}). ${reopen}`;
  return next ? `Đã đóng cửa. ${reopen}` : reopen;
}

/** Holidays in the next `days` days (today included), merged into runs: "Quốc khánh, 01/09–02/09". */
export function upcomingHolidays(holidays: readonly Holiday[], at: Date, days = 7): string[] {
  const runs: { name: string; from: string; to: string }[] = [];
  for (let i = 0; i < days; i++) {
    const { date } = vietnamClock(new Date(at.getTime() + i * DAY_MS));
    const holiday = holidayOn(holidays, date);
    if (!holiday) continue;
    const last = runs[runs.length - 1];
    const previous = vietnamClock(new Date(at.getTime() + (i - 1) * DAY_MS)).date;
    if (last && last.to === previous) last.to = date;
    else runs.push({ name: holiday.name, from: date, to: date });
  }
  return runs.map((r) => (r.from === r.to ? `${r.name}, ${ddmm(r.from)}` : `${r.name}, ${ddmm(r.from)}–${ddmm(r.to)}`));
}

/**
 * The end (17:00 on the ward's clock) of the `count`-th working day after `from`: Monday to
 * Friday, skipping the ward's holidays. A request's default due date (issue 17) is 5 of them.
 */
export function workingDaysAfter(from: Date, count: number, holidays: readonly Holiday[] = []): Date {
  let { date } = vietnamClock(from);
  let left = count;
  for (let i = 0; left > 0 && i < count + LOOKAHEAD_DAYS * 2; i++) {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS);
    date = next.toISOString().slice(0, 10);
    const day = next.getUTCDay();
    if (day !== 0 && day !== 6 && !holidayOn(holidays, date)) left--;
  }
  return new Date(Date.parse(`${date}T17:00:00+07:00`));
}
