import { describe, expect, it } from "vitest";
import { parseSessions, sessionsText } from "./session-text";

describe("team sessions as a ward office writes them", () => {
  it.each([
    ["Thứ Bảy 8:00–11:00", [{ days: [6], start: "08:00", end: "11:00", place: "NVH" }]],
    ["Chủ nhật 14h-16h30", [{ days: [0], start: "14:00", end: "16:30", place: "NVH" }]],
    ["Thứ 2 - Thứ 6 7h30-9h", [{ days: [1, 2, 3, 4, 5], start: "07:30", end: "09:00", place: "NVH" }]],
    ["T7, CN 8 giờ đến 11 giờ tại Sân kiệt 45", [{ days: [6, 0], start: "08:00", end: "11:00", place: "Sân kiệt 45" }]],
    ["thu ba va thu nam 19:00-21:00", [{ days: [2, 4], start: "19:00", end: "21:00", place: "NVH" }]],
    ["", []],
  ])("reads %j", (text, sessions) => {
    expect(parseSessions(text, "NVH")).toEqual({ sessions });
  });

  it.each(["Thứ Tám 8:00–11:00", "Hai 8:00–11:00", "Thứ Bảy sáng", "Chủ nhật 25:00–26:00"])("says what is wrong with %j", (text) => {
    expect(parseSessions(text, null)).toEqual({ problem: expect.stringMatching(/Không hiểu lịch/) as unknown });
  });

  it("refuses an end before the start", () => {
    expect(parseSessions("Thứ Bảy 11:00–8:00", null)).toEqual({ problem: expect.stringMatching(/giờ kết thúc phải sau/) as unknown });
  });

  it("writes what it reads back: ranges of three or more days, a place only when it is not the meeting place", () => {
    const sessions = [
      { days: [1, 2, 3, 4, 5], start: "19:00", end: "20:30", place: "NVH" },
      { days: [6, 0], start: "07:30", end: "10:00", place: "Sân kiệt 45" },
    ];
    const text = sessionsText(sessions, "NVH");
    expect(text).toBe("Thứ Hai–Thứ Sáu 19:00–20:30; Thứ Bảy, Chủ nhật 7:30–10:00 tại Sân kiệt 45");
    expect(parseSessions(text, "NVH")).toEqual({ sessions });
  });
});
