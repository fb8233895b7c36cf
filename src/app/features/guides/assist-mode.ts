import { atom, useRecoilState } from "recoil";
import { storage } from "../../platform/zalo";

const KEY = "assist-mode";

/** Whether this phone is used by a team member beside residents: guides then open in assist mode. */
const assistModeState = atom<boolean>({
  key: "assistMode",
  default: false,
  // One value for every screen, saved on the device so the team member sets it once.
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") {
        void storage.getItem<boolean>(KEY).then((saved) => {
          if (typeof saved === "boolean") setSelf(saved);
        });
      }
      onSet((value) => void storage.setItem(KEY, value));
    },
  ],
});

export function useAssistMode() {
  const [on, set] = useRecoilState(assistModeState);
  return { on, set };
}
