import { eventsForPath } from "./usage-tracker";

describe("screens and items counted from the path", () => {
  it("names the screen and the item opened", () => {
    expect(eventsForPath("/")).toEqual([{ type: "screen", screen: "home" }]);
    expect(eventsForPath("/procedures/dang-ky-khai-sinh")).toEqual([
      { type: "screen", screen: "procedure" },
      { type: "open", kind: "procedure", id: "dang-ky-khai-sinh" },
    ]);
    expect(eventsForPath("/procedures/saved")).toEqual([{ type: "screen", screen: "saved-procedures" }]);
    expect(eventsForPath("/guides/vneid-dang-ky-muc-1/")).toEqual([
      { type: "screen", screen: "guide" },
      { type: "open", kind: "guide", id: "vneid-dang-ky-muc-1" },
    ]);
    expect(eventsForPath("/announcements/12")).toEqual([
      { type: "screen", screen: "announcement" },
      { type: "open", kind: "announcement", id: "12" },
    ]);
  });
  it("never sends an id the server would refuse, and counts nothing for unknown paths", () => {
    expect(eventsForPath("/procedures/Khai%20Sinh")).toEqual([{ type: "screen", screen: "procedure" }]);
    expect(eventsForPath("/khong-co")).toEqual([]);
  });
});
