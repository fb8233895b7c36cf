import { describe, expect, it } from "vitest";
import { createSearchIndex, type SearchDocument } from "./search-index";

const doc = (id: string, ...texts: string[]): SearchDocument => ({ id, fields: texts.map((text) => ({ text, weight: 1 })) });
const ids = (index: ReturnType<typeof createSearchIndex>, query: string) => index.search(query).map((hit) => hit.id);
const noSynonyms = { synonyms: [], noise: [] };

describe("createSearchIndex: matching", () => {
  const index = createSearchIndex(
    [
      doc("a", "Đăng ký khai sinh", "Nộp tờ khai"),
      doc("b", "Đăng ký kết hôn", "Hai bên có mặt"),
      doc("c", "Công việc nhà", "không có gì"),
      doc("d", "Con cái trong nhà"),
    ],
    noSynonyms,
  );

  it("requires every word of the query", () => {
    expect(ids(index, "đăng ký")).toEqual(["a", "b"]);
    expect(ids(index, "đăng ký kết hôn")).toEqual(["b"]);
  });

  it("ignores diacritics, case, spacing and the i/y spelling", () => {
    for (const query of ["DANG KI KHAI SINH", "  đăng   ký  khai sinh ", "Đăng Kí Khai Sinh"]) expect(ids(index, query)).toEqual(["a"]);
  });

  it("reads the last word as possibly unfinished", () => {
    expect(ids(index, "khai si")).toEqual(["a"]);
    expect(ids(index, "đăng ký k")).toEqual(["a", "b"]);
  });

  it("does not read a finished word as the start of another (con is not công)", () => {
    expect(ids(index, "con nhà")).toEqual(["d"]);
  });

  it("reads an earlier word the index does not have as cut off", () => {
    expect(ids(index, "dang k khai sinh")).toEqual(["a"]);
  });

  it("returns the normalised document words that matched, for highlighting", () => {
    const [hit] = index.search("khai si");
    expect(hit?.terms.sort()).toEqual(["khai", "sinh"]);
  });

  it("returns nothing for a query with no words, or a limit of 0", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
    expect(index.search("!!! ?? ...")).toEqual([]);
    expect(index.search("khai sinh", { limit: 0 })).toEqual([]);
    expect(ids(index, "đăng ký")).toEqual(index.search("đăng ký", { limit: Number.NaN }).map((hit) => hit.id));
  });

  it("never throws on long or odd input", () => {
    const odd = ["a".repeat(500), "đăng ký ".repeat(70), "x".repeat(100_000), "😀 khai", "\u0000\uffff\ud800", "khai\u0301 sinh"];
    for (const query of odd) expect(() => index.search(query)).not.toThrow();
    expect(ids(index, `khai sinh ${"!".repeat(490)}`)).toEqual(["a"]);
  });

  it("works on an empty index", () => {
    expect(createSearchIndex([]).search("khai sinh")).toEqual([]);
  });
});

describe("createSearchIndex: synonyms", () => {
  const vocabulary = { synonyms: [{ typed: ["giấy khai sinh"], means: ["khai sinh"] }, { typed: ["cưới"], means: ["kết hôn"] }], noise: ["ở đâu"] };
  const index = createSearchIndex([doc("a", "Đăng ký khai sinh"), doc("b", "Đăng ký kết hôn"), doc("c", "Ăn cưới")], vocabulary);

  it("also finds what the typed words mean, without losing what was typed", () => {
    expect(ids(index, "cưới").sort()).toEqual(["b", "c"]);
    expect(ids(index, "giấy khai sinh ở đâu")).toEqual(["a"]);
  });
});

describe("createSearchIndex: ranking", () => {
  it("ranks a match in a heavier field first", () => {
    const index = createSearchIndex([
      { id: "mention", fields: [{ text: "Khác", weight: 10 }, { text: "có nói đến tạm trú", weight: 1 }] },
      { id: "named", fields: [{ text: "Tạm trú", weight: 10 }, { text: "khác", weight: 1 }] },
    ]);
    expect(ids(index, "tạm trú")).toEqual(["named", "mention"]);
  });

  it("gives a bonus to the name (the first field) over an equally weighted field", () => {
    const index = createSearchIndex([doc("other", "Khác", "Tạm trú"), doc("named", "Tạm trú", "Khác")], noSynonyms);
    expect(ids(index, "tạm trú")).toEqual(["named", "other"]);
  });

  it("prefers the words together and in the order typed", () => {
    const index = createSearchIndex([doc("apart", "sinh con rồi khai báo"), doc("together", "rồi khai sinh con")], noSynonyms);
    expect(ids(index, "khai sinh")).toEqual(["together", "apart"]);
  });

  it("prefers the name the query covers most", () => {
    const index = createSearchIndex([doc("longer", "Đăng ký lại khai sinh"), doc("exact", "Đăng ký khai sinh")], noSynonyms);
    expect(ids(index, "đăng ký khai sinh")).toEqual(["exact", "longer"]);
  });

  it("orders equal scores by id, whatever the order of the documents", () => {
    const index = createSearchIndex([doc("c", "Tách hộ"), doc("a", "Tách hộ"), doc("b", "Tách hộ")], noSynonyms);
    expect(ids(index, "tách hộ")).toEqual(["a", "b", "c"]);
    expect(index.search("tách hộ", { limit: 2 }).map((hit) => hit.id)).toEqual(["a", "b"]);
  });

  it("when no document has every word, shows those with most of them", () => {
    const index = createSearchIndex([doc("a", "Đăng ký khai sinh"), doc("b", "Đăng ký kết hôn")], noSynonyms);
    expect(ids(index, "khai sinh ngày mai")).toEqual(["a"]);
    expect(ids(index, "xyz abc")).toEqual([]);
  });
});

describe("createSearchIndex: how residents type", () => {
  const docs = [
    doc("khai-tu", "Đăng ký khai tử", "Khi người thân qua đời"),
    doc("khai-sinh", "Đăng ký khai sinh", "Cho trẻ mới sinh"),
    doc("ket-hon", "Đăng ký kết hôn", "Hai bên nam nữ"),
    doc("tam-tru", "Đăng ký tạm trú", "Người đến ở thuê"),
    doc("passcode", "Quên passcode VNeID", "Mã 6 số"),
  ];

  it("does not require every word: a distinctive one among unknown ones still finds its document first", () => {
    const index = createSearchIndex(docs, noSynonyms);
    expect(ids(index, "đăng ký khai tử cho bà ngoại hôm qua")[0]).toBe("khai-tu");
  });

  it("weighs words most documents share less than the distinctive one", () => {
    const index = createSearchIndex(docs, noSynonyms);
    // "đăng ký" is in four names of five; "hôn" in one.
    expect(ids(index, "đăng ký hôn")[0]).toBe("ket-hon");
  });

  it("reads one wrong letter in a longer word, and Telex leftovers", () => {
    const index = createSearchIndex(docs, noSynonyms);
    expect(ids(index, "quen pascode")[0]).toBe("passcode");
    expect(ids(index, "ddawng kys tamj truws")[0]).toBe("tam-tru");
  });

  it("maps a situation to the documents it names", () => {
    const vocabulary = { synonyms: [{ typed: ["bà mất"], means: [], targets: ["khai-tu"] }], noise: [] };
    const index = createSearchIndex(docs, vocabulary);
    expect(ids(index, "bà mất")).toEqual(["khai-tu"]);
  });

  it("shows a situation's target before a document whose name only repeats the words", () => {
    // The guide's title says "tạm vắng" word for word; the editor said the phrase means the procedure.
    const pair = [
      { id: "guide", fields: [{ text: "Khai báo tạm vắng trên VNeID", weight: 10 }, { text: "Giấy đi đường: khai báo tạm vắng", weight: 10 }] },
      { id: "procedure", fields: [{ text: "Khai báo tạm vắng", weight: 10 }] },
    ];
    const vocabulary = { synonyms: [{ typed: ["giấy đi đường"], means: ["tạm vắng"], targets: ["procedure"] }], noise: [] };
    expect(ids(createSearchIndex(pair, vocabulary), "giay di duong")).toEqual(["procedure", "guide"]);
    expect(ids(createSearchIndex(pair, { ...vocabulary, synonyms: [{ ...vocabulary.synonyms[0]!, targets: [] }] }), "giay di duong")[0]).toBe("guide");
  });

  it("offers the closest documents, read loosely, for a query that finds nothing", () => {
    const index = createSearchIndex(docs, noSynonyms);
    expect(index.search("khai t")).not.toEqual([]);
    expect(index.search("zzz")).toEqual([]);
    expect(index.closest("passcod vneidd", 3).map((hit) => hit.id)[0]).toBe("passcode");
  });
});
