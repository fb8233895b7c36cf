import { describe, expect, it } from "vitest";
import { describeDay, describeOpenState, describeToday, openState, upcomingHolidays, vietnamClock, workingDaysAfter } from "./opening-hours";
import type { Holiday, OpeningPeriod } from "./schemas/ward";

const WEEKDAYS: OpeningPeriod[] = [
  { days: [1, 2, 3, 4, 5], open: "07:30", close: "11:30" },
  { days: [1, 2, 3, 4, 5], open: "13:30", close: "17:00" },
];
// 2026-11-23 is a Monday. Times are written in UTC+7 so the test reads like the ward's clock.
const vn = (local: string) => new Date(`${local}+07:00`);

describe("vietnamClock", () => {
  it("uses UTC+7 whatever the machine's time zone", () => {
    expect(vietnamClock(new Date("2026-11-22T17:30:00Z"))).toEqual({ day: 1, minutes: 30, date: "2026-11-23" });
  });
});

describe("openState", () => {
  it("is open inside a period and says when it closes", () => {
    expect(openState(WEEKDAYS, vn("2026-11-23T08:00:00"))).toEqual({ open: true, closesAt: "11:30" });
  });

  it("treats the closing minute as closed and calls the gap before the afternoon a lunch break", () => {
    const state = openState(WEEKDAYS, vn("2026-11-23T11:30:00"));
    expect(state).toEqual({ open: false, reason: "break", opensAt: { day: 1, date: "2026-11-23", time: "13:30", inDays: 0 } });
    expect(describeOpenState(state)).toBe("Nghỉ trưa, mở lại 13:30");
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-11-23T12:00:00")))).toBe("Nghỉ trưa, mở lại 13:30");
  });

  it("before the first period of the day is closed, not a break", () => {
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-11-23T06:00:00")))).toBe("Đã đóng cửa. Mở lại 7:30 hôm nay");
  });

  it("skips the weekend to Monday morning", () => {
    expect(openState(WEEKDAYS, vn("2026-11-28T09:00:00"))).toEqual({ open: false, reason: "closed", opensAt: { day: 1, date: "2026-11-30", time: "07:30", inDays: 2 } });
  });

  it("after closing on Friday says Monday", () => {
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-11-27T18:00:00")))).toBe("Đã đóng cửa. Mở lại 7:30 thứ hai");
  });

  it("has no next opening when there are no hours", () => {
    expect(openState([], vn("2026-11-23T08:00:00"))).toEqual({ open: false, reason: "closed", opensAt: null });
  });
});

// The Government's 2026 arrangement (demo data of the ward): Quốc khánh Tue 01/09 – Wed 02/09,
// Tết from Sat 14/02 to Sun 22/02.
const HOLIDAYS: Holiday[] = [
  { date: "2026-09-01", name: "Quốc khánh" },
  { date: "2026-09-02", name: "Quốc khánh" },
  ...["14", "15", "16", "17", "18", "19", "20", "21", "22"].map((d) => ({ date: `2026-02-${d}`, name: "Tết Nguyên đán" })),
];
const WITH_SATURDAY: OpeningPeriod[] = [...WEEKDAYS, { days: [6], open: "07:30", close: "11:30" }];

describe("openState with the ward's holidays and Saturday mornings", () => {
  it("is never open on a holiday, even inside the weekly hours", () => {
    const state = openState(WEEKDAYS, vn("2026-09-02T09:00:00"), HOLIDAYS);
    expect(state.open).toBe(false);
    expect(describeOpenState(state)).toBe("Hôm nay nghỉ lễ (Quốc khánh). Mở lại 7:30 ngày mai");
    expect(describeToday(WEEKDAYS, vn("2026-09-02T09:00:00"), HOLIDAYS)).toBe("Nghỉ lễ (Quốc khánh)");
  });

  it("skips every day of Tết to the first working day, with its date", () => {
    const state = openState(WEEKDAYS, vn("2026-02-16T10:00:00"), HOLIDAYS);
    expect(state).toMatchObject({ open: false, reason: "holiday", opensAt: { date: "2026-02-23", time: "07:30", inDays: 7 } });
    expect(describeOpenState(state)).toBe("Hôm nay nghỉ lễ (Tết Nguyên đán). Mở lại 7:30 thứ hai, 23/02");
  });

  it("before a holiday, the next opening skips it", () => {
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-08-31T18:00:00"), HOLIDAYS))).toBe("Đã đóng cửa. Mở lại 7:30 thứ năm");
  });

  it("opens on Saturday morning where the ward has it, and is closed that afternoon", () => {
    expect(openState(WITH_SATURDAY, vn("2026-11-28T09:00:00"))).toEqual({ open: true, closesAt: "11:30" });
    expect(describeOpenState(openState(WITH_SATURDAY, vn("2026-11-28T14:00:00")))).toBe("Đã đóng cửa. Mở lại 7:30 thứ hai");
    expect(describeOpenState(openState(WEEKDAYS, vn("2026-11-28T09:00:00")))).toBe("Đã đóng cửa. Mở lại 7:30 thứ hai");
  });

  it("without holidays behaves as the weekly hours say", () => {
    expect(openState(WEEKDAYS, vn("2026-09-02T09:00:00"))).toEqual({ open: true, closesAt: "11:30" });
  });
});

describe("upcomingHolidays", () => {
  it("merges consecutive days into one run within the next week", () => {
    expect(upcomingHolidays(HOLIDAYS, vn("2026-08-28T09:00:00"))).toEqual(["Quốc khánh, 01/09–02/09"]);
    expect(upcomingHolidays(HOLIDAYS, vn("2026-08-20T09:00:00"))).toEqual([]);
  });
});

describe("describeDay", () => {
  it("lists the periods of a day in order, or Nghỉ", () => {
    expect(describeDay([...WEEKDAYS].reverse(), 3)).toBe("7:30–11:30, 13:30–17:00");
    expect(describeDay(WEEKDAYS, 0)).toBe("Nghỉ");
  });
});

describe("workingDaysAfter", () => {
  it("counts Monday to Friday and ends at 17:00 on the ward's clock", () => {
    // Friday 20/11/2026 at 23:30 in Việt Nam: the next five working days are 23–27/11.
    expect(workingDaysAfter(new Date("2026-11-20T16:30:00Z"), 5).toISOString()).toBe("2026-11-27T10:00:00.000Z");
  });

  it("skips the ward's holidays (Quốc khánh 1–2/9/2026)", () => {
    expect(workingDaysAfter(vn("2026-08-28T09:00:00"), 5, HOLIDAYS).toISOString()).toBe(new Date("2026-09-08T17:00:00+07:00").toISOString());
  });
});
