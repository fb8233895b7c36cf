import { describe, expect, it } from "vitest";
import { areaMatches, matchingStreet } from "./area-search";
import { checkedStreets } from "./area-streets";

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

describe("areas by their streets and kiệt", () => {
  const streets = ["kiệt 45 Trưng Nữ Vương", "đường Núi Thành", "K12 Lê Thanh Nghị"];
  const names = ["Tổ dân phố 5", null, ...streets];

  it("finds an area by a street, with or without diacritics", () => {
    expect(areaMatches("kiệt 45 Trưng Nữ Vương", names)).toBe(true);
    expect(areaMatches("kiet 45 trung nu vuong", names)).toBe(true);
    expect(areaMatches("Núi Thành", names)).toBe(true);
    expect(areaMatches("nui thanh", names)).toBe(true);
  });

  it("reads the short forms K45 and H12 of the ward's notices", () => {
    expect(areaMatches("K45 Trưng Nữ Vương", names)).toBe(true);
    expect(areaMatches("kiet 12 le thanh nghi", names)).toBe(true);
  });

  it("takes a number as a whole number, except the one still being typed", () => {
    expect(areaMatches("kiệt 4 trưng nữ vương", names)).toBe(false);
    expect(areaMatches("kiệt 4", names)).toBe(true);
    expect(areaMatches("kiệt 46 Trưng Nữ Vương", names)).toBe(false);
  });

  it("names the street the query is about, not one the area's name explains", () => {
    expect(matchingStreet("kiet 45 trung nu vuong", streets, "Tổ dân phố 5")).toBe("kiệt 45 Trưng Nữ Vương");
    expect(matchingStreet("nui thanh", streets, "Tổ dân phố 5")).toBe("đường Núi Thành");
    expect(matchingStreet("K12", streets, "Tổ dân phố 5")).toBe("K12 Lê Thanh Nghị");
    expect(matchingStreet("tổ 5", streets, "Tổ dân phố 5")).toBeNull();
    expect(matchingStreet("kiệt", streets, "Tổ dân phố 5")).toBeNull();
    expect(matchingStreet("hoa cuong", streets, "Tổ dân phố 5")).toBeNull();
  });
});

describe("checkedStreets", () => {
  it("trims, joins spaces, drops empty lines and repeats (any case)", () => {
    expect(checkedStreets(["  kiệt 45   Trưng Nữ Vương ", "", "KIỆT 45 TRƯNG NỮ VƯƠNG", "Núi Thành"])).toEqual({ streets: ["kiệt 45 Trưng Nữ Vương", "Núi Thành"], problem: null });
  });

  it("stores NFC text", () => {
    const decomposed = "kiệt 45".normalize("NFD");
    expect(checkedStreets([decomposed]).streets?.[0]).toBe("kiệt 45".normalize("NFC"));
  });

  it("says in Vietnamese what is too long or too many", () => {
    expect(checkedStreets(["x".repeat(81)]).problem).toMatch(/dài quá 80 ký tự/);
    expect(checkedStreets(["x".repeat(80)]).problem).toBeNull();
    expect(checkedStreets(Array.from({ length: 51 }, (_, i) => `kiệt ${i + 1}`)).problem).toMatch(/tối đa 50/);
    expect(checkedStreets(Array.from({ length: 50 }, (_, i) => `kiệt ${i + 1}`)).problem).toBeNull();
  });
});
