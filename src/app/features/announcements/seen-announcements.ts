import { useCallback } from "react";
import { atom, useRecoilState } from "recoil";
import { storedAtomEffect, type StoredBinding } from "../../lib/device-store/atom-effect";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { readValue, writeValue } from "../../lib/device-store/store";

// Enough for years of notices; the oldest ids drop off first.
const MAX_REMEMBERED = 500;
/**
 * On the very first open nothing has been opened yet, so everything would be "Mới". Only what
 * was published in the days just before the first open (and everything after) counts as new.
 */
export const NEW_BEFORE_FIRST_OPEN_MS = 3 * 86_400_000;

type Seen = { ids: number[]; firstOpenAt: string };

/** The opened ids and the first open, each under its own key (the first open is written once). */
const seenOnPhone: StoredBinding<Seen | null> = {
  async load() {
    const [ids, since] = await Promise.all([readValue(DEVICE_KEYS.seenAnnouncements), readValue(DEVICE_KEYS.announcementsFirstSeen)]);
    const firstOpenAt = since ?? new Date().toISOString();
    if (since === null) void writeValue(DEVICE_KEYS.announcementsFirstSeen, firstOpenAt);
    return { ids: ids ?? [], firstOpenAt };
  },
  save: (value) => (value ? writeValue(DEVICE_KEYS.seenAnnouncements, value.ids) : undefined),
};

/** Ids this resident has opened and when the app first showed announcements, kept on the device; `null` until read. */
const seenState = atom<Seen | null>({ key: "seenAnnouncements", default: null, effects: [storedAtomEffect(seenOnPhone)] });

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
