import { describe, expect, it } from "vitest";
import type { SupportSession } from "./schemas/team";
import { describeNextSession, nextSession } from "./support-sessions";

const sunday: SupportSession = { days: [0], start: "07:30", end: "10:30", place: "Nhà văn hóa tổ 5" };
const evenings: SupportSession = { days: [2, 4], start: "19:00", end: "21:00", place: "Hội trường khu phố" };
// Local ward times (UTC+7); 2026-11-23 is a Monday, 2026-11-29 a Sunday.
const vn = (local: string) => new Date(`${local}+07:00`);
const describe_ = (sessions: SupportSession[], local: string) => describeNextSession(nextSession(sessions, vn(local)), vn(local));

describe("next support session", () => {
  it("names the coming Sunday of the same week as 'Chủ nhật này'", () => {
    expect(describe_([sunday], "2026-11-27T12:00:00")).toBe("Chủ nhật này, 7:30–10:30 tại Nhà văn hóa tổ 5");
  });

  it("says 'Ngày mai' on Saturday for Sunday", () => {
    expect(describe_([sunday], "2026-11-28T20:00:00")).toBe("Ngày mai (chủ nhật), 7:30–10:30 tại Nhà văn hóa tổ 5");
  });

  it("says it is happening now, and until when", () => {
    expect(describe_([sunday], "2026-11-29T08:00:00")).toBe("Đang diễn ra, đến 10:30, tại Nhà văn hóa tổ 5");
  });

  it("moves to next week once Sunday's session has ended", () => {
    expect(describe_([sunday], "2026-11-29T10:30:00")).toBe("Chủ nhật tuần sau, 7:30–10:30 tại Nhà văn hóa tổ 5");
  });

  it("picks the earliest of several sessions, later today", () => {
    expect(describe_([sunday, evenings], "2026-11-24T18:00:00")).toBe("Hôm nay, 19:00–21:00 tại Hội trường khu phố");
  });

  it("crosses the week end: from Friday evening to Tuesday is next week", () => {
    expect(describe_([evenings], "2026-11-27T22:00:00")).toBe("Thứ Ba tuần sau, 19:00–21:00 tại Hội trường khu phố");
  });

  it("uses the ward's clock even when the phone is in another time zone", () => {
    // 00:30 UTC on Sunday is 07:30 in Việt Nam: the session has just started there.
    const next = nextSession([sunday], new Date("2026-11-29T00:30:00Z"));
    expect(next?.now).toBe(true);
    expect(next?.start.toISOString()).toBe("2026-11-29T00:30:00.000Z");
  });

  it("has no next session without sessions", () => {
    expect(describe_([], "2026-11-27T12:00:00")).toBe("Chưa có lịch hỗ trợ.");
  });
});
