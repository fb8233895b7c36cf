import { describe, expect, it } from "vitest";
import { parseWardDateTime, wardDateTimeOf } from "./ward-date-input";

describe("dates typed the Vietnamese way", () => {
  it("reads dd/mm/yyyy and 24 h on the ward's clock, whatever the machine's zone", () => {
    expect(parseWardDateTime({ date: "05/12/2026", time: "14:30" })).toEqual({ iso: "2026-12-05T07:30:00.000Z", error: null });
    expect(parseWardDateTime({ date: "5/1/2027", time: "8h05" }).iso).toBe("2027-01-05T01:05:00.000Z");
  });

  it("says what is wrong instead of guessing: a day/month swap, a day that does not exist, a 12 h time", () => {
    expect(parseWardDateTime({ date: "2026-12-05", time: "08:00" }).error).toMatch(/ngày\/tháng\/năm/);
    expect(parseWardDateTime({ date: "31/02/2026", time: "08:00" }).error).toMatch(/không có thật/);
    expect(parseWardDateTime({ date: "12/13/2026", time: "08:00" }).error).toMatch(/không có thật/);
    expect(parseWardDateTime({ date: "05/12/2026", time: "8:00 PM" }).error).toMatch(/24 giờ/);
    expect(parseWardDateTime({ date: "05/12/2026", time: "24:00" }).error).toMatch(/24 giờ/);
  });

  it("empty means no date, and a saved instant comes back as the clerk typed it", () => {
    expect(parseWardDateTime({ date: "", time: "" })).toEqual({ iso: null, error: null });
    expect(wardDateTimeOf("2026-12-05T07:30:00.000Z")).toEqual({ date: "05/12/2026", time: "14:30" });
  });
});
