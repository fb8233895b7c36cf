import { atom } from "recoil";
import { storage } from "../platform/zalo";

const MY_AREA_KEY = "my-area";

/**
 * The resident's residential area, chosen once and kept on the device. `undefined` while the saved
 * value is being read, `null` when none was chosen.
 */
export const myAreaState = atom<string | null | undefined>({
  key: "myArea",
  default: undefined,
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") {
        void storage.getItem<string>(MY_AREA_KEY).then((saved) => setSelf(typeof saved === "string" ? saved : null));
      }
      onSet((value) => {
        if (typeof value === "string") void storage.setItem(MY_AREA_KEY, value);
        else if (value === null) void storage.removeItem(MY_AREA_KEY);
      });
    },
  ],
});
