import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";

const marked = (text: string, terms: string[]) => highlight(text, terms).filter((p) => p.match).map((p) => p.text);

describe("highlight", () => {
  it("marks the original words, with their diacritics, found by their normalised form", () => {
    expect(highlight("Đăng ký khai sinh", ["dang", "khai"])).toEqual([
      { text: "Đăng", match: true },
      { text: " ký ", match: false },
      { text: "khai", match: true },
      { text: " sinh", match: false },
    ]);
  });

  it("marks whole words only: the search gives the document's words, not the letters typed", () => {
    expect(marked("Đăng ký khai sinh", ["sinh"])).toEqual(["sinh"]);
    expect(marked("Đăng ký khai sinh", ["si"])).toEqual([]);
    expect(marked("Đăng ký tạm trú trước khi chuyển đến", ["tru"])).toEqual(["trú"]);
  });

  it("matches whatever the case and the i/y spelling", () => {
    expect(marked("CHỮ KÝ NGƯỜI DỊCH", ["ki", "dich"])).toEqual(["KÝ", "DỊCH"]);
    expect(marked("Lý do", ["LÍ"])).toEqual(["Lý"]);
  });

  it("marks Đ words by d", () => {
    expect(marked("Được Đăng ký", ["duoc"])).toEqual(["Được"]);
  });

  it("cuts nothing out: the parts put together are the text", () => {
    const text = "Tách một số thành viên ra khỏi hộ gia đình, người dân quen gọi là tách hộ khẩu.";
    expect(highlight(text, ["tach", "ho", "khau"]).map((p) => p.text).join("")).toBe(text);
    expect(marked(text, ["tach", "khau"])).toEqual(["Tách", "tách", "khẩu"]);
  });

  it("works on decomposed (NFD) text, returning it composed", () => {
    const parts = highlight("Khai tử".normalize("NFD"), ["tu"]);
    expect(parts).toEqual([
      { text: "Khai ", match: false },
      { text: "tử", match: true },
    ]);
  });

  it("returns the whole text unmarked without terms, and nothing for no text", () => {
    expect(highlight("Đăng ký", [])).toEqual([{ text: "Đăng ký", match: false }]);
    expect(highlight("Đăng ký", ["", "!!"])).toEqual([{ text: "Đăng ký", match: false }]);
    expect(highlight("", ["dang"])).toEqual([]);
  });
});
