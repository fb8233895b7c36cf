import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import { WEEKDAY_NAMES } from "./opening-hours";
import type { SupportSession } from "./schemas/team";

dayjs.extend(utc);
dayjs.extend(timezone);

// Sessions happen on the ward's clock, whatever zone the phone or the server is in.
const WARD_TIME_ZONE = "Asia/Ho_Chi_Minh";

export type NextSession = { session: SupportSession; start: Dayjs; end: Dayjs; now: boolean };

const at = (day: Dayjs, hhmm: string) => day.hour(Number(hhmm.slice(0, 2))).minute(Number(hhmm.slice(3, 5))).second(0).millisecond(0);

/** The session happening now, or the next one to start, looking up to a week ahead. */
export function nextSession(sessions: SupportSession[], nowDate: Date): NextSession | null {
  const now = dayjs(nowDate).tz(WARD_TIME_ZONE);
  let best: NextSession | null = null;
  for (let offset = 0; offset <= 7; offset++) {
    const day = now.add(offset, "day");
    for (const session of sessions) {
      if (!session.days.includes(day.day())) continue;
      const start = at(day, session.start);
      const end = at(day, session.end);
      if (!end.isAfter(now)) continue;
      const candidate = { session, start, end, now: !start.isAfter(now) };
      if (!best || candidate.start.isBefore(best.start)) best = candidate;
    }
    if (best) return best;
  }
  return null;
}

const clock = (d: Dayjs) => `${d.hour()}:${String(d.minute()).padStart(2, "0")}`;

/** Monday-based weeks, as Vietnamese calendars count them: Chủ nhật closes the week. */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, "day").startOf("day");

/**
 * "Chủ nhật này, 7:30–10:30 tại Nhà văn hóa tổ 5", "Hôm nay, 19:00–21:00 tại …",
 * "Đang diễn ra, đến 10:30, tại …", "Thứ Bảy tuần sau, …".
 */
export function describeNextSession(next: NextSession | null, nowDate: Date): string {
  if (!next) return "Chưa có lịch hỗ trợ.";
  const now = dayjs(nowDate).tz(WARD_TIME_ZONE);
  const where = next.session.place ? ` tại ${next.session.place}` : "";
  if (next.now) return `Đang diễn ra, đến ${clock(next.end)},${where}`;
  const days = next.start.startOf("day").diff(now.startOf("day"), "day");
  const hours = `${clock(next.start)}–${clock(next.end)}`;
  const weekday = WEEKDAY_NAMES[next.start.day()] ?? "";
  let when: string;
  if (days === 0) when = "Hôm nay";
  else if (days === 1) when = `Ngày mai (${weekday.toLowerCase()})`;
  else if (mondayOf(next.start).isSame(mondayOf(now), "day")) when = `${weekday} này`;
  else when = `${weekday} tuần sau`;
  return `${when}, ${hours}${where}`;
}
