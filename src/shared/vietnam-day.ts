/** The calendar day in Vietnam (UTC+7 all year, no daylight saving) as yyyy-mm-dd, `offsetDays` away. */
export function vietnamDay(at: Date, offsetDays = 0): string {
  return new Date(at.getTime() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
