import { describe, expect, it } from "vitest";
import { describeDay, describeOpenState, openState, vietnamClock } from "./opening-hours";
import type { OpeningPeriod } from "./schemas/ward";

const WEEKDAYS: OpeningPeriod[] = [
  { days: [1, 2, 3, 4, 5], open: "07:30", close: "11:30" },
  { days: [1, 2, 3, 4, 5], open: "13:30", close: "17:00" },
];
// 2026-11-23 is a Monday. Times are written in UTC+7 so the test reads like the ward's clock.
const vn = (local: string) => new Date(`${local}+07:00`);

describe("vietnamClock", () => {
  it("uses UTC+7 whatever the machine's time zone", () => {
    expect(vietnamClock(new Date("2026-11-22T17:30:00Z"))).toEqual({ day: 1, minutes: 30 });
  });
});

describe("openState", () => {
  it("is open inside a period and says when it closes", () => {
    expect(openState(WEEKDAYS, vn("2026-11-23T08:00:00"))).toEqual({ open: true, closesAt: "11:30" });
  });

  it("treats the closing minute as closed and points to the afternoon", () => {
    expect(openState(WEEKDAYS, vn("2026-11-23T11:30:00"))).toEqual({ open: false, opensAt: { day: 1, time: "13:30", inDays: 0 } });
  });

  it("skips the weekend to Monday morning", () => {
    expect(openState(WEEKDAYS, vn("2026-11-28T09:00:00"))).toEqual({ open: false, opensAt: { day: 1, time: "07:30", inDays: 2 } });
  });

  it("after closing on Friday says Monday", () => {
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-11-27T18:00:00")))).toBe("Đã đóng cửa. Mở lại 7:30 thứ hai");
  });

  it("has no next opening when there are no hours", () => {
    expect(openState([], vn("2026-11-23T08:00:00"))).toEqual({ open: false, opensAt: null });
  });
});

describe("describeDay", () => {
  it("lists the periods of a day in order, or Nghỉ", () => {
    expect(describeDay([...WEEKDAYS].reverse(), 3)).toBe("7:30–11:30, 13:30–17:00");
    expect(describeDay(WEEKDAYS, 0)).toBe("Nghỉ");
  });
});
