import { describe, expect, it } from "vitest";
import { createSiteSearch } from "./site-search";
import { seedSources } from "../../../tests/search/seed-sources";

const search = createSiteSearch(seedSources());
const first = (q: string) => search.search(q, 5)[0];

describe("site search over the demo ward", () => {
  it("finds a guide from a no-diacritics VNeID problem", () => {
    expect(first("quen passcode vneid")).toMatchObject({ kind: "guide", id: "vneid-quen-passcode" });
  });

  it("finds teams and areas by a former ward's name", () => {
    const kinds = search.search("hoa thuan tay", 20).map((hit) => hit.kind);
    expect(kinds).toContain("team");
    expect(kinds).toContain("area");
    expect(first("tổ 12 hòa thuận tây")).toMatchObject({ kind: "area", id: "htt-5" });
  });

  it("finds the ward's contacts and announcements", () => {
    expect(search.search("đường dây nóng", 3).map((hit) => `${hit.kind}:${hit.id}`)).toContain("contact:hotline");
    expect(search.search("cấp cứu", 3).map((hit) => hit.id)).toContain("emergency");
    expect(search.search("cảnh báo lừa đảo", 10).some((hit) => hit.kind === "announcement")).toBe(true);
  });

  it("gives each hit a title, a snippet and the words to highlight", () => {
    const hit = first("khai sinh");
    expect(hit?.title).toBe("Đăng ký khai sinh");
    expect(hit?.snippet.length).toBeGreaterThan(0);
    expect(hit?.terms).toEqual(expect.arrayContaining(["khai", "sinh"]));
  });

  it("finds nothing for nonsense, but offers the closest items", () => {
    expect(search.search("qwxz", 5)).toEqual([]);
    expect(search.closest("passcod", 3).length).toBeGreaterThan(0);
  });
});
