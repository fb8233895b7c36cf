import { describe, expect, it } from "vitest";
import { repairWord, withinOneEdit } from "./typing-slips";

const known = new Set(["dang", "ki", "khai", "sinh", "tam", "tru", "khong", "kt3", "xoong", "duong", "can", "cuoc"]);
const isKnown = (word: string) => known.has(word);

describe("repairWord", () => {
  it.each([
    ["ddang", "dang"],
    ["kys", "ki"],
    ["tamj", "tam"],
    ["truws", "tru"],
    ["khoong", "khong"],
    ["dduwowngf", "duong"],
    ["cuwowcs", "cuoc"],
    ["da8ng", "dang"],
    ["ky1", "ki"],
  ])("reads the keyboard leftover %s as %s", (typed, meant) => {
    expect(repairWord(typed, isKnown)).toBe(meant);
  });

  it("leaves known words and words whose repair is unknown as they are", () => {
    expect(repairWord("xoong", isKnown)).toBe("xoong");
    expect(repairWord("kt3", isKnown)).toBe("kt3");
    expect(repairWord("wifi", isKnown)).toBe("wifi");
    expect(repairWord("2025", isKnown)).toBe("2025");
  });
});

describe("withinOneEdit", () => {
  it("accepts one insertion, deletion, substitution or swap", () => {
    expect(withinOneEdit("pascode", "passcode")).toBe(true);
    expect(withinOneEdit("passcodee", "passcode")).toBe(true);
    expect(withinOneEdit("doanh", "doang")).toBe(true);
    expect(withinOneEdit("nhna", "nhan")).toBe(true);
  });

  it("refuses two edits", () => {
    expect(withinOneEdit("pscod", "passcode")).toBe(false);
    expect(withinOneEdit("abcd", "badc")).toBe(false);
  });
});
