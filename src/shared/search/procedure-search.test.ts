import { beforeAll, describe, expect, it } from "vitest";
import { loadProcedureCatalogue } from "../../server/db/seed/catalogue/load-procedures";
import type { ProcedureContent } from "../schemas/procedure";
import { normalizeText } from "./normalize";
import { createProcedureSearch, type ProcedureSearch } from "./procedure-search";

// Ranking on the real catalogue, with the words residents type.
let catalogue: ProcedureContent[];
let search: ProcedureSearch;
const slugs = (query: string, limit?: number) => search.search(query, limit).map((hit) => hit.slug);

beforeAll(() => {
  catalogue = loadProcedureCatalogue();
  search = createProcedureSearch(catalogue);
});

describe("procedure search on the real catalogue", () => {
  it.each([
    ["dang ky khai sinh", "dang-ky-khai-sinh"],
    ["Đăng ký khai sinh", "dang-ky-khai-sinh"],
    ["làm giấy khai sinh ở đâu", "dang-ky-khai-sinh"],
    ["khai si", "dang-ky-khai-sinh"],
    ["độc thân", "xac-nhan-tinh-trang-hon-nhan"],
    ["giấy chứng tử", "dang-ky-khai-tu"],
    ["báo tử", "dang-ky-khai-tu"],
    ["cưới", "dang-ky-ket-hon"],
    ["CCCD", "cap-doi-cap-lai-the-can-cuoc"],
    ["mở quán", "dang-ky-thanh-lap-ho-kinh-doanh"],
    ["Việt kiều", "dang-ky-ket-hon-co-yeu-to-nuoc-ngoai"],
    ["tàn tật", "xac-dinh-muc-do-khuyet-tat"],
    ["1.004194", "dang-ky-tam-tru"],
  ])("%s → %s first", (query, slug) => {
    expect(slugs(query)[0]).toBe(slug);
  });

  it("công chứng → the chứng thực procedures first", () => {
    const chungThuc = catalogue.filter((p) => p.field === "chung-thuc").map((p) => p.slug);
    expect(slugs("công chứng").slice(0, chungThuc.length).sort()).toEqual(chungThuc.sort());
  });

  it("hộ khẩu → đăng ký thường trú and tách hộ in the top 3", () => {
    expect(slugs("hộ khẩu", 3)).toEqual(expect.arrayContaining(["dang-ky-thuong-tru", "tach-ho"]));
  });

  it("tam tru → đăng ký tạm trú before gia hạn tạm trú", () => {
    const found = slugs("tam tru");
    expect(found.indexOf("dang-ky-tam-tru")).toBeGreaterThanOrEqual(0);
    expect(found.indexOf("dang-ky-tam-tru")).toBeLessThan(found.indexOf("gia-han-tam-tru"));
  });

  it("ký and kí give the same results", () => {
    expect(search.search("ký")).toEqual(search.search("kí"));
    expect(search.search("chứng thực chữ ký")).toEqual(search.search("chung thuc chu ki"));
  });

  it("a procedure named with the words beats one that mentions them in a step or a document", () => {
    const named = (p: ProcedureContent) => normalizeText(p.name).includes("giam ho");
    const found = search.search("giám hộ").map((hit) => catalogue.find((p) => p.slug === hit.slug));
    const firstMention = found.findIndex((p) => p && !named(p));
    expect(found.filter((p) => p && named(p))).toHaveLength(2);
    expect(firstMention).toBeGreaterThan(0);
    expect(found.slice(firstMention).some((p) => p && named(p))).toBe(false);
  });

  it("finds every procedure first by its own name, with or without diacritics", () => {
    const misses = catalogue.flatMap((p) =>
      [p.name, normalizeText(p.name), p.name.toUpperCase()].filter((query) => slugs(query, 1)[0] !== p.slug),
    );
    expect(misses).toEqual([]);
  });

  it("gives the matched words for highlighting", () => {
    const [hit] = search.search("khai si");
    expect(hit?.terms).toEqual(expect.arrayContaining(["khai", "sinh"]));
  });

  it("handles a 500-character query and a query of punctuation only", () => {
    const question = "làm giấy khai sinh ở đâu ";
    expect(slugs(question + "?".repeat(500 - question.length))[0]).toBe("dang-ky-khai-sinh");
    expect(() => search.search("đăng ký khai sinh ".repeat(28).slice(0, 500))).not.toThrow();
    expect(search.search("!!!")).toEqual([]);
    expect(() => search.search("x".repeat(500))).not.toThrow();
  });

  it("respects the limit", () => {
    expect(search.search("đăng ký", 3)).toHaveLength(3);
  });
});
