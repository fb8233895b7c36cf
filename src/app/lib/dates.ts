import dayjs from "dayjs";
import "dayjs/locale/vi";
import relativeTime from "dayjs/plugin/relativeTime";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.locale("vi");

// Times are the ward's times, whatever the phone is set to.
export const WARD_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** "2 giờ trước", "3 ngày trước". */
export function fromNow(iso: string, now: Date = new Date()): string {
  return dayjs(iso).from(dayjs(now));
}

/** "08:30, 22/11/2026" on the ward's clock. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).tz(WARD_TIME_ZONE).format("HH:mm, DD/MM/YYYY");
}

/** "22/11/2026" on the ward's clock. */
export function formatDate(iso: string): string {
  return dayjs(iso).tz(WARD_TIME_ZONE).format("DD/MM/YYYY");
}

/** Relative for the last week, the date after that: old notices should not read as "5 tháng trước". */
export function publishedLabel(iso: string, now: Date = new Date()): string {
  const age = dayjs(now).diff(dayjs(iso), "day");
  return age < 7 ? fromNow(iso, now) : dayjs(iso).tz(WARD_TIME_ZONE).format("DD/MM/YYYY");
}
