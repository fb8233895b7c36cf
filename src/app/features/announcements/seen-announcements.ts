import { useCallback } from "react";
import { atom, useRecoilState } from "recoil";
import { storage } from "../../platform/zalo";

const KEY = "seen-announcements";
const SINCE_KEY = "announcements-first-seen";
// Enough for years of notices; the oldest ids drop off first.
const MAX_REMEMBERED = 500;
/**
 * On the very first open nothing has been opened yet, so everything would be "Mới". Only what
 * was published in the days just before the first open (and everything after) counts as new.
 */
export const NEW_BEFORE_FIRST_OPEN_MS = 3 * 86_400_000;

type Seen = { ids: number[]; firstOpenAt: string };

/** Ids this resident has opened and when the app first showed announcements, kept on the device; `null` until read. */
const seenState = atom<Seen | null>({
  key: "seenAnnouncements",
  default: null,
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") {
        void Promise.all([storage.getItem<number[]>(KEY), storage.getItem<string>(SINCE_KEY)]).then(([ids, since]) => {
          const firstOpenAt = typeof since === "string" && !Number.isNaN(Date.parse(since)) ? since : new Date().toISOString();
          if (firstOpenAt !== since) void storage.setItem(SINCE_KEY, firstOpenAt);
          setSelf({ ids: Array.isArray(ids) ? ids.filter(Number.isInteger) : [], firstOpenAt });
        });
      }
      onSet((value) => {
        if (value) void storage.setItem(KEY, value.ids);
      });
    },
  ],
});

export function useSeenAnnouncements() {
  const [seen, setSeen] = useRecoilState(seenState);
  const markSeen = useCallback(
    (id: number) =>
      setSeen((current) => {
        if (!current) return { ids: [id], firstOpenAt: new Date().toISOString() };
        if (current.ids.includes(id)) return current;
        return { ...current, ids: [id, ...current.ids].slice(0, MAX_REMEMBERED) };
      }),
    [setSeen],
  );
  // While the saved list is being read nothing is "new": no badge that flickers away.
  const isNew = (id: number, publishedAt: string) =>
    seen !== null && !seen.ids.includes(id) && Date.parse(publishedAt) > Date.parse(seen.firstOpenAt) - NEW_BEFORE_FIRST_OPEN_MS;
  return { isNew, markSeen };
}
