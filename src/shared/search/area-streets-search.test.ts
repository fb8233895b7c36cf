import { describe, expect, it } from "vitest";
import { createSiteSearch } from "./site-search";
import { seedSources } from "../../../tests/search/seed-sources";

// The demo ward's areas have no streets (real places: none are invented); these are test streets.
const sources = seedSources();
const withStreets = {
  ...sources,
  areas: (sources.areas ?? []).map((a) => (a.id === "htt-5" ? { ...a, streets: ["kiệt 45 Trưng Nữ Vương", "đường Núi Thành"] } : a.id === "bt-11" ? { ...a, streets: ["K112 Núi Thành"] } : a)),
};
const search = createSiteSearch(withStreets);
const hits = (q: string) => search.search(q, 10);

describe("home search by street and kiệt", () => {
  it("finds the area by its kiệt, with or without diacritics, and shows the street in the title", () => {
    for (const q of ["kiệt 45 Trưng Nữ Vương", "kiet 45 trung nu vuong"]) {
      expect(hits(q)[0]).toMatchObject({ kind: "area", id: "htt-5", title: "Tổ dân phố 5 · kiệt 45 Trưng Nữ Vương" });
    }
  });

  it("finds both areas on a street and says which street each has", () => {
    const found = hits("Núi Thành").filter((h) => h.kind === "area");
    expect(found.map((h) => h.id)).toEqual(expect.arrayContaining(["htt-5", "bt-11"]));
    expect(found.find((h) => h.id === "bt-11")?.title).toBe(`${withStreets.areas.find((a) => a.id === "bt-11")?.name} · K112 Núi Thành`);
  });

  it("reads K112 as kiệt 112 and the other way round", () => {
    expect(hits("kiet 112 nui thanh")[0]).toMatchObject({ kind: "area", id: "bt-11" });
    expect(hits("K45 Trưng Nữ Vương")[0]).toMatchObject({ kind: "area", id: "htt-5" });
  });

  it("finds the team that supports the area, the street in its snippet", () => {
    const team = hits("kiet 45 trung nu vuong").find((h) => h.kind === "team");
    expect(team?.snippet).toBe("Hỗ trợ Tổ dân phố 5 · kiệt 45 Trưng Nữ Vương");
  });

  it("leaves titles alone when the query is not about a street", () => {
    expect(hits("tổ 12 hòa thuận tây")[0]).toMatchObject({ kind: "area", id: "htt-5", title: "Tổ dân phố 5" });
  });

  it("searches a copy saved before areas had streets", () => {
    const old = createSiteSearch({ ...sources, areas: (sources.areas ?? []).map(({ ...a }) => ({ ...a, streets: undefined })) });
    expect(old.search("tổ 12 hòa thuận tây", 3)[0]).toMatchObject({ kind: "area", id: "htt-5" });
  });
});
