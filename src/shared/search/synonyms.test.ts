import { describe, expect, it } from "vitest";
import { tokenize } from "./normalize";
import { compileVocabulary, DEFAULT_VOCABULARY, parseQuery } from "./synonyms";

const parse = (query: string) => parseQuery(tokenize(query));
/** Each term's alternatives as readable phrases. */
const alternatives = (query: string) => parse(query).terms.map((t) => t.alternatives.map((a) => a.join(" ")));

describe("synonyms", () => {
  // What residents type → words the catalogue uses (as in the issue).
  const expected: [typed: string, means: string[]][] = [
    ["công chứng", ["chung thuc"]],
    ["sao y", ["chung thuc ban sao"]],
    ["photo công chứng", ["chung thuc ban sao"]],
    ["hộ khẩu", ["thuong tru", "tach ho"]],
    ["nhập hộ khẩu", ["thuong tru", "tach ho"]],
    ["độc thân", ["xac nhan tinh trang hon nhan"]],
    ["giấy độc thân", ["xac nhan tinh trang hon nhan"]],
    ["báo tử", ["khai tu"]],
    ["chứng tử", ["khai tu"]],
    ["giấy chứng tử", ["khai tu"]],
    ["giấy khai sinh", ["khai sinh"]],
    ["làm khai sinh", ["khai sinh"]],
    ["cưới", ["ket hon"]],
    ["đăng ký cưới", ["ket hon"]],
    ["tạm trú tạm vắng", ["tam tru"]],
    ["KT3", ["tam tru"]],
    ["CCCD", ["can cuoc"]],
    ["CMND", ["can cuoc"]],
    ["chứng minh", ["can cuoc"]],
    ["căn cước công dân", ["can cuoc"]],
    ["bảo hiểm y tế", ["bhyt"]],
    ["BHYT", ["bao hiem i te"]],
    ["trợ cấp", ["bao tro xa hoi"]],
    ["tiền hỗ trợ", ["tro cap", "bao tro xa hoi"]],
    ["ma chay", ["mai tang"]],
    ["tàn tật", ["khuyet tat"]],
    ["kinh doanh", ["ho kinh doanh"]],
    ["mở quán", ["ho kinh doanh"]],
    ["giấy phép kinh doanh", ["ho kinh doanh"]],
    ["nước ngoài", ["yeu to nuoc ngoai"]],
    ["Việt kiều", ["yeu to nuoc ngoai"]],
    ["lập di chúc", ["di chuc"]],
    ["người giám hộ", ["giam ho"]],
  ];

  it.each(expected)("reads %s as one term that also means %j", (typed, means) => {
    const terms = alternatives(typed);
    expect(terms).toHaveLength(1);
    expect(terms[0]).toEqual(expect.arrayContaining(means));
  });

  it("adds the catalogue's words to what was typed instead of replacing it", () => {
    expect(alternatives("công chứng")[0]?.[0]).toBe("cong chung");
    expect(alternatives("Hộ khẩu")[0]).toEqual(["ho khau", "thuong tru", "tach ho"]);
  });

  it("matches whatever the diacritics, case and i/y spelling", () => {
    expect(alternatives("GIAY CHUNG TU")).toEqual(alternatives("giấy chứng tử"));
    expect(alternatives("dang ki cuoi")).toEqual(alternatives("Đăng ký cưới"));
  });

  it("prefers the longest known phrase", () => {
    // "giấy chứng tử" is one thing, not "giấy" + "chứng tử"; "tách hộ khẩu" is tách hộ only.
    expect(alternatives("giấy chứng tử")).toEqual([["giay chung tu", "khai tu"]]);
    expect(alternatives("tách hộ khẩu")).toEqual([["tach ho khau", "tach ho"]]);
  });

  it("leaves unknown words as one term each, all of them required", () => {
    expect(alternatives("chứng thực chữ ký")).toEqual([["chung"], ["thuc"], ["chu"], ["ki"]]);
  });
});

describe("noise words", () => {
  it("drops words that carry no meaning when others remain", () => {
    expect(parse("làm giấy khai sinh ở đâu").typed).toEqual(["khai", "sinh"]);
    expect(parse("xin giấy xác nhận cư trú như thế nào").typed).toEqual(["xac", "nhan", "cu", "tru"]);
    expect(parse("thủ tục tách hộ cần gì").typed).toEqual(["tach", "ho"]);
    expect(parse("cách làm căn cước").typed).toEqual(["can", "cuoc"]);
  });

  it("keeps them when nothing else is left", () => {
    expect(parse("thủ tục").typed).toEqual(["thu", "tuc"]);
    expect(parse("xin").typed).toEqual(["xin"]);
  });

  it("says whether the query ends with a word that may still be being typed", () => {
    expect(parse("khai si").open).toBe(true);
    expect(parse("khai sinh ở đâu").open).toBe(false);
  });
});

describe("the vocabulary data", () => {
  const typed = DEFAULT_VOCABULARY.synonyms.flatMap((s) => s.typed.map((t) => tokenize(t).join(" ")));
  const noise = DEFAULT_VOCABULARY.noise.map((n) => tokenize(n).join(" "));

  it("has no phrase that normalises to nothing", () => {
    const phrases = [...DEFAULT_VOCABULARY.synonyms.flatMap((s) => [...s.typed, ...s.means]), ...DEFAULT_VOCABULARY.noise];
    expect(phrases.filter((p) => tokenize(p).length === 0)).toEqual([]);
  });

  it("never lists a phrase both as noise and as something residents mean", () => {
    expect(noise.filter((n) => typed.includes(n))).toEqual([]);
  });

  it("can be extended without code: a new entry is read like the built-in ones", () => {
    const vocabulary = compileVocabulary({ synonyms: [{ typed: ["xe máy"], means: ["mô tô"] }], noise: ["giúp"] });
    expect(parseQuery(tokenize("giúp đăng ký xe máy"), vocabulary).terms.map((t) => t.alternatives.map((a) => a.join(" ")))).toEqual([
      ["dang"],
      ["ki"],
      ["xe may", "mo to"],
    ]);
  });
});
