import { beforeEach, describe, expect, it } from "vitest";
import { __resetPlatformForTests, storage } from "../platform/zalo";
import { __forgetVisitForTests, activeVisit, endVisit, restoreVisit, startVisit, VISIT_KEY, visitChanges } from "./assist-visit";

// The real storage module over jsdom's localStorage (the browser path the app takes outside Zalo).
const raw = (key: string) => window.localStorage.getItem(`cds:${key}`);

beforeEach(async () => {
  window.localStorage.clear();
  __resetPlatformForTests();
  __forgetVisitForTests();
  await restoreVisit();
});

describe("an assist visit", () => {
  it("puts back what the visit changed and keeps the resident's own things", async () => {
    // The resident's own state before the team member arrives.
    await storage.setItem("guide-progress:vneid-muc-1", { current: 2, done: [0, 1] });
    await storage.setItem("text-size", "large");
    await storage.setItem("my-area", "to-1");

    await startVisit(new Date("2026-12-02T02:00:00Z"));
    expect(activeVisit()?.startedAt).toBe("2026-12-02T02:00:00.000Z");
    await storage.setItem("guide-progress:vneid-muc-1", { current: 0, done: [] });
    await storage.setItem("guide-progress:vneid-muc-1", { current: 1, done: [0] }); // a second write keeps the first note
    await storage.setItem("checklist:dang-ky-khai-sinh", ["to-khai"]);
    await storage.setItem("checklist-case:dang-ky-khai-sinh", 1);
    await storage.setItem("text-size", "largest"); // a setting: the resident keeps whatever it is now
    await storage.setItem("copy:/wards/hoa-cuong", { name: "x" }); // downloaded answers are not the visit's

    expect(visitChanges()).toEqual(["Bước đã làm trong 1 hướng dẫn", "Trường hợp đã chọn ở 1 thủ tục", "Giấy tờ đã đánh dấu ở 1 thủ tục"]);

    await endVisit();
    expect(activeVisit()).toBeNull();
    await expect(storage.getItem("guide-progress:vneid-muc-1")).resolves.toEqual({ current: 2, done: [0, 1] });
    expect(raw("checklist:dang-ky-khai-sinh")).toBeNull();
    expect(raw("checklist-case:dang-ky-khai-sinh")).toBeNull();
    expect(raw(VISIT_KEY)).toBeNull();
    await expect(storage.getItem("text-size")).resolves.toBe("largest");
    await expect(storage.getItem("my-area")).resolves.toBe("to-1");
    await expect(storage.getItem("copy:/wards/hoa-cuong")).resolves.toEqual({ name: "x" });

    // After the visit, the resident's own changes are theirs again: nothing notes them.
    await storage.setItem("checklist:dang-ky-khai-sinh", ["cccd"]);
    await startVisit();
    expect(visitChanges()).toEqual([]);
    await endVisit();
    await expect(storage.getItem("checklist:dang-ky-khai-sinh")).resolves.toEqual(["cccd"]);
  });

  it("survives the app being closed in the middle of a visit", async () => {
    await storage.setItem("saved-procedures", ["cap-ho-chieu"]);
    await startVisit();
    await storage.setItem("saved-procedures", ["cap-ho-chieu", "dang-ky-ket-hon"]);
    await storage.setItem("helpful:guide:vneid-muc-1", "yes");

    __forgetVisitForTests(); // the app opened again
    await restoreVisit();
    expect(activeVisit()).not.toBeNull();
    await storage.setItem("guide-progress:vneid-muc-2", { current: 3, done: [0, 1, 2] });
    expect(visitChanges()).toEqual([
      "Bước đã làm trong 1 hướng dẫn",
      "Thay đổi trong danh sách thủ tục đã lưu",
      "1 câu trả lời “Thông tin này có giúp ích?”",
    ]);

    await endVisit();
    await expect(storage.getItem("saved-procedures")).resolves.toEqual(["cap-ho-chieu"]);
    expect(raw("helpful:guide:vneid-muc-1")).toBeNull();
    expect(raw("guide-progress:vneid-muc-2")).toBeNull();
  });

  it("ending with no visit under way changes nothing", async () => {
    await storage.setItem("checklist:a", ["x"]);
    await endVisit();
    await expect(storage.getItem("checklist:a")).resolves.toEqual(["x"]);
  });
});
