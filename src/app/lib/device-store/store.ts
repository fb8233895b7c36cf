import { observeStorageWrites, storage, type AppStorage } from "../../platform/zalo";
import { BUDGET_BYTES, planRoom, utf8Bytes, type SizeEntry } from "./budget";
import { DEVICE_KEYS, keyOfStoredName } from "./keys";
import { storedName, type StoredKey } from "./stored-key";

// The one place that reads and writes the phone's storage (platform/zalo picks nativeStorage
// inside Zalo, localStorage outside). Every value passes its key's decoder on the way in, older
// versions are migrated or dropped once, and each write keeps the total under the budget.

const SIZES_NAME = storedName(DEVICE_KEYS.sizes, undefined);
const SIZES_SAVE_AFTER_MS = 500;

/** The size of each entry the store has written or read, by name in storage. */
const sizes = new Map<string, SizeEntry>();
let sizesLoaded: Promise<void> | null = null;
let sizesTimer: ReturnType<typeof setTimeout> | undefined;
let budget = BUDGET_BYTES;

const rankOf = (name: string) => keyOfStoredName(name)?.key.evictRank;

function loadSizes(): Promise<void> {
  sizesLoaded ??= storage.getItem<unknown>(SIZES_NAME).then((raw) => {
    for (const [name, [bytes, writtenAt]] of Object.entries(DEVICE_KEYS.sizes.decode(raw) ?? {})) {
      if (!sizes.has(name)) sizes.set(name, { bytes, writtenAt, evictRank: rankOf(name) });
    }
  });
  return sizesLoaded;
}

/** Written a moment later, once for a burst of writes (a screen saves several copies at once). */
function saveSizesSoon(): void {
  if (sizesTimer !== undefined) return;
  sizesTimer = setTimeout(() => {
    sizesTimer = undefined;
    const record = Object.fromEntries([...sizes].map(([name, e]) => [name, [e.bytes, e.writtenAt]]));
    void storage.setItem(SIZES_NAME, record);
  }, SIZES_SAVE_AFTER_MS);
}

function forget(name: string): Promise<void> {
  if (sizes.delete(name)) saveSizesSoon();
  return storage.removeItem(name);
}

/** Notes the size of data found on the phone that the store did not write (kept from before it). */
function noteFound(name: string, raw: unknown): void {
  if (sizes.has(name)) return;
  sizes.set(name, { bytes: utf8Bytes(name) + utf8Bytes(JSON.stringify(raw)), writtenAt: 0, evictRank: rankOf(name) });
  saveSizesSoon();
}

async function readOlder<T>(key: StoredKey<T>, id: string | undefined): Promise<T | null> {
  for (let version = key.version - 1; version >= 1; version--) {
    const name = storedName(key, id, version);
    const raw = await storage.getItem<unknown>(name);
    if (raw === null) continue;
    const migrated = key.older?.[version]?.(raw) ?? null;
    // Written under the new name first: a crash in between keeps both, never neither.
    if (migrated !== null) await writeValue(key, migrated, id);
    await forget(name);
    return migrated;
  }
  return null;
}

/** The value, in the key's current shape, or null when absent, unreadable or of a dropped version. */
export async function readValue<T>(key: StoredKey<T>, id?: string): Promise<T | null> {
  await loadSizes();
  const name = storedName(key, id);
  // Corrupt JSON reads as null here (platform/zalo), like an absent value; the next write replaces it.
  const raw = await storage.getItem<unknown>(name);
  if (raw === null) {
    // Gone behind the store's back (the phone cleared it, or Zalo dropped it when full).
    if (sizes.delete(name)) saveSizesSoon();
    return key.version > 1 ? readOlder(key, id) : null;
  }
  const value = key.decode(raw);
  if (value === null) {
    await forget(name); // a shape this version cannot use: as good as absent
    return null;
  }
  noteFound(name, raw);
  return value;
}

/**
 * Saves `value` (null removes it). A copy that does not fit the budget even after older copies
 * are dropped is not saved; what the resident wrote always is. Never rejects for storage reasons.
 */
export async function writeValue<T>(key: StoredKey<T>, value: T | null, id?: string): Promise<void> {
  const name = storedName(key, id);
  if (value === null) return forget(name);
  await loadSizes();
  // JSON.stringify throws on cycles and BigInt: a caller bug, so it is not caught.
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return forget(name);
  const bytes = utf8Bytes(name) + utf8Bytes(text);
  const plan = planRoom(sizes, name, bytes, key.evictRank, budget);
  if (!plan.fits) return;
  // Sizes change before the writes start, so writes in flight together count each other.
  for (const dropped of plan.evict) sizes.delete(dropped);
  sizes.set(name, { bytes, writtenAt: Date.now(), evictRank: key.evictRank });
  saveSizesSoon();
  await Promise.all(plan.evict.map((dropped) => storage.removeItem(dropped)));
  await storage.setItem(name, value);
}

export function removeValue(key: StoredKey<unknown>, id?: string): Promise<void> {
  return forget(storedName(key, id));
}

function registered(name: string): { key: StoredKey<unknown>; id: string | undefined } {
  const found = keyOfStoredName(name);
  if (!found) throw new Error(`"${name}" is not a key in src/app/lib/device-store/keys.ts`);
  return found;
}

/**
 * The store seen as name → value, for code that takes an AppStorage (the outbox, usage counts,
 * assist mode putting values back). Only registered names are accepted.
 */
export const deviceStorage: AppStorage = {
  async getItem<T>(name: string): Promise<T | null> {
    const { key, id } = registered(name);
    // The key's decoder has checked the shape; T is what the caller's key holds.
    return (await readValue(key, id)) as T | null;
  },
  async setItem(name, value) {
    const { key, id } = registered(name);
    await writeValue(key, value === undefined ? null : value, id);
  },
  async removeItem(name) {
    const { key, id } = registered(name);
    await removeValue(key, id);
  },
};

/** Assist mode notes a value before a visit changes it (lib/assist-visit.ts). */
export const observeDeviceWrites = observeStorageWrites;

/** FOR TESTS ONLY: a smaller budget, and a store that forgets its sizes as a reload would. */
export function __resetDeviceStoreForTests(options: { budget?: number } = {}): void {
  sizes.clear();
  sizesLoaded = null;
  if (sizesTimer !== undefined) clearTimeout(sizesTimer);
  sizesTimer = undefined;
  budget = options.budget ?? BUDGET_BYTES;
}

/** FOR TESTS ONLY: the store's current total, as it counts it. */
export const __storedBytesForTests = (): number => [...sizes.values()].reduce((sum, e) => sum + e.bytes, 0);
