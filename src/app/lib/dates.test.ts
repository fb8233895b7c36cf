import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, fromNow, publishedLabel } from "./dates";

const now = new Date("2026-11-22T10:00:00Z");

describe("dates", () => {
  it("says relative times in Vietnamese", () => {
    expect(fromNow("2026-11-22T08:00:00Z", now)).toBe("2 giờ trước");
    expect(fromNow("2026-11-19T10:00:00Z", now)).toBe("3 ngày trước");
  });

  it("formats on the ward's clock (UTC+7)", () => {
    expect(formatDateTime("2026-11-22T17:30:00Z")).toBe("00:30, 23/11/2026");
    expect(formatDate("2026-11-22T17:30:00Z")).toBe("23/11/2026");
  });

  it("switches to a date after a week", () => {
    expect(publishedLabel("2026-11-21T10:00:00Z", now)).toBe("một ngày trước");
    expect(publishedLabel("2026-11-01T10:00:00Z", now)).toBe("01/11/2026");
  });
});
