import { DEVICE_KEYS } from "./device-store/keys";
import { readValue, removeValue, writeValue } from "./device-store/store";

// Every public answer the app received is kept on the device, so the next open without signal
// shows what the resident saw last time (with its age) instead of an error. Zalo gives a mini app
// 5 MB; the copies stay far below that by keeping only the most recently used ones.
// 18 guides, the announcement list with its items, the teams, the areas…: room for all of them.
export const MAX_COPIES = 120;
const MAX_COPY_CHARS = 200_000;

type SavedCopy<T> = { savedAt: string; data: T };

/** One key per URL and query, in a stable order, so the same request finds the same copy. */
export function copyKey(url: string, params?: Record<string, string | number | undefined>): string {
  const query = Object.entries(params ?? {})
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${String(value)}`)
    .join("&");
  return query ? `${url}?${query}` : url;
}

// The index (newest first) is read once, then kept in memory; writes go one after another so two
// answers arriving together cannot drop each other from it.
let index: Promise<string[]> | null = null;
let writes: Promise<unknown> = Promise.resolve();

function loadIndex(): Promise<string[]> {
  index ??= readValue(DEVICE_KEYS.savedCopyIndex).then((saved) => saved ?? []);
  return index;
}

export function saveCopy(key: string, data: unknown, now: Date = new Date()): Promise<void> {
  const text = JSON.stringify(data);
  if (text.length > MAX_COPY_CHARS) return Promise.resolve();
  const write = writes.then(async () => {
    const keys = [key, ...(await loadIndex()).filter((k) => k !== key)];
    const dropped = keys.splice(MAX_COPIES);
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: now.toISOString(), data }, key);
    await Promise.all(dropped.map((k) => removeValue(DEVICE_KEYS.savedCopy, k)));
    await writeValue(DEVICE_KEYS.savedCopyIndex, keys);
    index = Promise.resolve(keys);
  });
  writes = write.catch(() => undefined);
  return write;
}

export async function readCopy<T>(key: string): Promise<SavedCopy<T> | null> {
  // The decoder checked the envelope; the data is the answer this app saved for this URL.
  return (await readValue(DEVICE_KEYS.savedCopy, key)) as SavedCopy<T> | null;
}

// Which answers on screen are copies, and since when: the notice reads this.
const shownCopies = new Map<string, string>();
const listeners = new Set<() => void>();
let oldestShown: string | null = null;

function changed(): void {
  oldestShown = [...shownCopies.values()].sort()[0] ?? null;
  listeners.forEach((listener) => listener());
}

export function markShownCopy(key: string, savedAt: string): void {
  shownCopies.set(key, savedAt);
  changed();
}

export function markFresh(key: string): void {
  if (shownCopies.delete(key)) changed();
}

/** For useSyncExternalStore: the save time of the oldest copy on screen, or null when all is fresh. */
export const shownCopiesStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  oldestSavedAt: (): string | null => oldestShown,
};
