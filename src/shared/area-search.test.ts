import { describe, expect, it } from "vitest";
import { areaMatches } from "./area-search";

const area = ["Tổ dân phố 21", "Tổ dân phố 5, phường Hòa Cường Bắc (cũ)", "Hòa Cường Bắc", "tổ 5 Hòa Cường Bắc"];

describe("areaMatches", () => {
  it("finds an area by its former ward's name, without diacritics", () => {
    expect(areaMatches("hoa cuong bac", area)).toBe(true);
    expect(areaMatches("HÒA CƯỜNG BẮC 5", area)).toBe(true);
  });

  it("finds it by its current name and by prefixes while typing", () => {
    expect(areaMatches("to dan pho 21", area)).toBe(true);
    expect(areaMatches("hoa cu", area)).toBe(true);
  });

  it("needs every word", () => {
    expect(areaMatches("hoa cuong nam", area)).toBe(false);
    expect(areaMatches("binh thuan", area)).toBe(false);
  });

  it("matches everything for an empty or punctuation-only query", () => {
    expect(areaMatches("   ", area)).toBe(true);
    expect(areaMatches("!!!", area)).toBe(true);
  });
});
