import { isInsideZalo } from "./detection";
import { browserStore, emptyToNull, type TextStore, zaloStore } from "./text-stores";

const STORAGE_PREFIX = "cds:";

/**
 * Values that could not be persisted (private mode, full quota, no native storage), for the rest
 * of the session. `null` records a removal that could not be persisted. An entry here is newer
 * than whatever the persistent store holds for the same key.
 */
const sessionValues = new Map<string, string | null>();

function persistentStore(): TextStore {
  return isInsideZalo() ? zaloStore : browserStore;
}

function parseStored<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    // The shape is trusted as written by this app; callers that keep data across app versions
    // should check it.
    return JSON.parse(text) as T;
  } catch {
    return null; // corrupt or written by something else: as good as absent
  }
}

async function readText(fullKey: string): Promise<string | null> {
  if (sessionValues.has(fullKey)) return sessionValues.get(fullKey) ?? null;
  try {
    return emptyToNull(await persistentStore().read(fullKey));
  } catch {
    return null;
  }
}

async function writeText(fullKey: string, text: string | null): Promise<void> {
  try {
    if (text === null) await persistentStore().remove(fullKey);
    else await persistentStore().write(fullKey, text);
    sessionValues.delete(fullKey);
  } catch {
    // Keep it for this session rather than fail the feature (e.g. "remember the last step").
    sessionValues.set(fullKey, text);
  }
}

export interface AppStorage {
  /** The stored value, or null when absent or unreadable. Never rejects. */
  getItem<T>(key: string): Promise<T | null>;
  /** Stores `value` as JSON (undefined removes the key). Never rejects for storage reasons. */
  setItem(key: string, value: unknown): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/**
 * Small key-value storage, JSON-encoded, keys prefixed "cds:" so they never collide with zmp-ui's
 * or the SDK's own entries. Falls back to memory for the session when nothing persistent works.
 */
export const storage: AppStorage = {
  async getItem<T>(key: string): Promise<T | null> {
    // A read right after a write (a screen unmounted and opened again) must see that write.
    await pendingWrites.get(key);
    return parseStored<T>(await readText(STORAGE_PREFIX + key));
  },
  async setItem(key: string, value: unknown): Promise<void> {
    // JSON.stringify throws on cycles and BigInt: a caller bug, so it is not caught.
    // lib.d.ts says string, but undefined (and functions) stringify to undefined.
    const text = JSON.stringify(value) as string | undefined;
    await write(key, text === undefined ? null : text);
  },
  async removeItem(key: string): Promise<void> {
    await write(key, null);
  },
};

/** Sees a key before it changes; `current` reads its value as it is before this write. */
type WriteObserver = (key: string, current: () => Promise<unknown>) => Promise<void>;
let writeObserver: WriteObserver | null = null;
/** Writes waiting for the observer, so reads of the same key wait for them. */
const pendingWrites = new Map<string, Promise<void>>();

function write(key: string, text: string | null): Promise<void> {
  const observer = writeObserver;
  if (!observer) return writeText(STORAGE_PREFIX + key, text);
  // The observer's failures never block the write.
  const current = async () => parseStored<unknown>(await readText(STORAGE_PREFIX + key));
  const done = observer(key, current)
    .catch(() => undefined)
    .then(() => writeText(STORAGE_PREFIX + key, text));
  pendingWrites.set(key, done);
  void done.finally(() => {
    if (pendingWrites.get(key) === done) pendingWrites.delete(key);
  });
  return done;
}

/**
 * Lets one observer see each key before it changes, and finish before the write: assist mode
 * notes a value before a visit changes it (lib/assist-visit.ts). `null` removes it.
 */
export function observeStorageWrites(observer: WriteObserver | null): void {
  writeObserver = observer;
}

/** FOR TESTS ONLY (see test-reset.ts): forget what was kept for the session. */
export function forgetSessionValues(): void {
  sessionValues.clear();
}
