import { atom } from "recoil";
import { keyBinding, storedAtomEffect } from "./device-store/atom-effect";
import { DEVICE_KEYS } from "./device-store/keys";

/**
 * The resident's residential area, chosen once and kept on the device. `undefined` while the saved
 * value is being read, `null` when none was chosen.
 */
export const myAreaState = atom<string | null | undefined>({
  key: "myArea",
  default: undefined,
  effects: [
    storedAtomEffect(
      keyBinding<string, string | null | undefined>(DEVICE_KEYS.myArea, {
        toAtom: (saved) => saved ?? null,
        // undefined is "not read yet": nothing to write.
        toStored: (value) => value,
      }),
    ),
  ],
});
