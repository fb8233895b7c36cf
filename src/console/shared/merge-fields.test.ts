import { describe, expect, it } from "vitest";
import { compareFields, mergeFields, reapplyChoices, sameValue, type Conflict, type FieldSpec } from "./merge-fields";

type Team = { version: number; name: string; meetingPlace: string | null; members: { name: string; phone: string | null }[] };
const FIELDS: FieldSpec<Team>[] = [
  { key: "name", label: "Tên tổ" },
  { key: "meetingPlace", label: "Nơi sinh hoạt" },
  { key: "members", label: "Thành viên", text: (ms) => ms.map((m) => `${m.name} ${m.phone ?? ""}`.trim()).join("\n") },
];
const base: Team = { version: 3, name: "Tổ 5", meetingPlace: "Nhà văn hóa", members: [{ name: "Anh Ba", phone: "0905000111" }] };
// The clerk changed the place; a colleague meanwhile changed the name and the place, and saved (version 4).
const conflict: Conflict<Team> = {
  base,
  mine: { ...base, meetingPlace: "Hội trường tổ 5" },
  theirs: { ...base, version: 4, name: "Tổ 5 (mới)", meetingPlace: "Nhà văn hóa tổ 6" },
};

describe("merging a refused save", () => {
  it("marks the fields that differ and who changed them", () => {
    expect(compareFields(conflict, FIELDS)).toEqual([
      { key: "name", label: "Tên tổ", mine: "Tổ 5", theirs: "Tổ 5 (mới)", differs: true, mineChanged: false, theirsChanged: true },
      { key: "meetingPlace", label: "Nơi sinh hoạt", mine: "Hội trường tổ 5", theirs: "Nhà văn hóa tổ 6", differs: true, mineChanged: true, theirsChanged: true },
      { key: "members", label: "Thành viên", mine: "Anh Ba 0905000111", theirs: "Anh Ba 0905000111", differs: false, mineChanged: false, theirsChanged: false },
    ]);
  });

  it("re-applies what the clerk changed on top of the newer version, keeping the colleague's other changes", () => {
    const merged = mergeFields(conflict, reapplyChoices(conflict, FIELDS));
    expect(merged).toEqual({ version: 4, name: "Tổ 5 (mới)", meetingPlace: "Hội trường tổ 5", members: base.members });
  });

  it("takes each field from the side the clerk chose, and the version always from the newer one", () => {
    expect(mergeFields(conflict, { name: "mine", meetingPlace: "theirs" })).toEqual({ ...conflict.theirs, name: "Tổ 5" });
    expect(mergeFields(conflict, {})).toEqual(conflict.theirs);
  });

  it("compares lists and objects by content, whatever their key order", () => {
    expect(sameValue({ a: 1, b: [{ x: null }] }, { b: [{ x: null }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ phone: null }, { phone: "" })).toBe(false);
  });
});
