import { act, render, screen, waitFor } from "@testing-library/react";
import { atom, RecoilRoot, useRecoilState } from "recoil";
import { beforeEach, describe, expect, it } from "vitest";
import { __resetPlatformForTests } from "../../platform/zalo";
import { myAreaState } from "../my-area";
import { keyBinding, storedAtomEffect } from "./atom-effect";
import { DEVICE_KEYS } from "./keys";
import { __resetDeviceStoreForTests } from "./store";

beforeEach(() => {
  window.localStorage.clear();
  __resetPlatformForTests();
  __resetDeviceStoreForTests();
});

const savedListState = atom<string[]>({
  key: "test-saved-list",
  default: [],
  effects: [storedAtomEffect(keyBinding<string[], string[]>(DEVICE_KEYS.savedProcedures, { toAtom: (saved) => saved ?? [], toStored: (v) => v }))],
});

let setList: (list: string[]) => void = () => undefined;
function SavedList() {
  const [list, set] = useRecoilState(savedListState);
  setList = set;
  return <p>{list.join(",") || "trống"}</p>;
}

describe("storedAtomEffect", () => {
  it("starts an atom from what the phone holds under its key, and writes each change back", async () => {
    window.localStorage.setItem("cds:saved-procedures", JSON.stringify(["cap-ho-chieu"]));
    render(
      <RecoilRoot>
        <SavedList />
      </RecoilRoot>,
    );
    await screen.findByText("cap-ho-chieu");
    act(() => setList(["dang-ky-ket-hon", "cap-ho-chieu"]));
    await waitFor(() => expect(window.localStorage.getItem("cds:saved-procedures")).toBe('["dang-ky-ket-hon","cap-ho-chieu"]'));
  });

  it("a cleared area removes its key; the area read from an old phone comes back", async () => {
    window.localStorage.setItem("cds:my-area", JSON.stringify("to-7"));
    let setArea: (area: string | null) => void = () => undefined;
    function Area() {
      const [area, set] = useRecoilState(myAreaState);
      setArea = set;
      return <p>{area === undefined ? "đang đọc" : (area ?? "chưa chọn")}</p>;
    }
    render(
      <RecoilRoot>
        <Area />
      </RecoilRoot>,
    );
    await screen.findByText("to-7");
    act(() => setArea(null));
    await screen.findByText("chưa chọn");
    await waitFor(() => expect(window.localStorage.getItem("cds:my-area")).toBeNull());
  });
});
