import { useCallback } from "react";
import { atom, useRecoilState } from "recoil";
import { storage } from "../../platform/zalo";

const KEY = "seen-announcements";
// Enough for years of notices; the oldest ids drop off first.
const MAX_REMEMBERED = 500;

/** Ids of announcements this resident has opened, kept on the device; `null` until read. */
const seenState = atom<number[] | null>({
  key: "seenAnnouncements",
  default: null,
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") {
        void storage.getItem<number[]>(KEY).then((saved) => setSelf(Array.isArray(saved) ? saved.filter(Number.isInteger) : []));
      }
      onSet((value) => {
        if (value) void storage.setItem(KEY, value);
      });
    },
  ],
});

export function useSeenAnnouncements() {
  const [seen, setSeen] = useRecoilState(seenState);
  const markSeen = useCallback(
    (id: number) => setSeen((list) => (list?.includes(id) ? list : [id, ...(list ?? [])].slice(0, MAX_REMEMBERED))),
    [setSeen],
  );
  // While the saved list is being read nothing is "new": no badge that flickers away.
  return { isNew: (id: number) => seen !== null && !seen.includes(id), markSeen };
}
