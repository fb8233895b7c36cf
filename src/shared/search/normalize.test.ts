import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "./normalize";

describe("normalizeText", () => {
  it("removes every Vietnamese tone and vowel mark", () => {
    expect(normalizeText("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự")).toBe(
      "aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo oooooo uuuuuu uuuuuu",
    );
    expect(normalizeText("Thường trú, tạm vắng, lưu trú")).toBe("thuong tru, tam vang, luu tru");
  });

  it("reads đ and Đ as d", () => {
    expect(normalizeText("Đăng ký đất đai ĐỒNG")).toBe("dang ki dat dai dong");
  });

  it("ignores case", () => {
    expect(normalizeText("CHỨNG THỰC Bản Sao")).toBe(normalizeText("chứng thực bản sao"));
  });

  it("gives the same text for decomposed (NFD) and composed input", () => {
    const composed = "Xác nhận tình trạng hôn nhân";
    expect(normalizeText(composed.normalize("NFD"))).toBe(normalizeText(composed));
  });

  it("treats both spellings of kí/ký, lí/lý, mĩ/mỹ, hi/hy, sĩ/sỹ as one", () => {
    for (const [i, y] of [["kí", "ký"], ["lí lịch", "lý lịch"], ["Mĩ", "Mỹ"], ["hi sinh", "hy sinh"], ["bác sĩ", "bác sỹ"]] as const) {
      expect(normalizeText(y)).toBe(normalizeText(i));
    }
    expect(normalizeText("y tế")).toBe("i te");
  });

  it("keeps y where it is not interchangeable with i", () => {
    expect(tokenize("quý khuya uyên yêu tuy ngày Nguyễn")).toEqual(["quy", "khuya", "uyen", "yeu", "tuy", "ngay", "nguyen"]);
  });

  it("keeps the length of the NFC text, so positions map back to the original", () => {
    const samples = ["Đăng ký khai sinh", "Giấy xác nhận".normalize("NFD"), "Hộ kinh doanh 😀 – №1", "İstanbul", "", "ǅ"];
    for (const text of samples) expect(normalizeText(text)).toHaveLength(text.normalize("NFC").length);
  });

  it("copes with long texts", () => {
    const long = "Đăng ký tạm trú. ".repeat(10_000);
    expect(normalizeText(long)).toBe("dang ki tam tru. ".repeat(10_000));
  });
});

describe("tokenize", () => {
  it("splits on spaces and punctuation, however many", () => {
    expect(tokenize("  đăng   ký\tkhai\nsinh ")).toEqual(["dang", "ki", "khai", "sinh"]);
    expect(tokenize("Đăng ký nhận cha, mẹ, con")).toEqual(["dang", "ki", "nhan", "cha", "me", "con"]);
  });

  it("keeps digits, so codes and abbreviations can be searched", () => {
    expect(tokenize("Mã 1.004194, KT3")).toEqual(["ma", "1", "004194", "kt3"]);
  });

  it("finds no words in punctuation or an empty string", () => {
    expect(tokenize("!!! ... ???")).toEqual([]);
    expect(tokenize("")).toEqual([]);
  });
});
