import type { Decoder } from "./decoders";

/**
 * One thing the app keeps on the phone. `version` says which shape is written now; a change of
 * shape bumps it, and `older` says how to read each earlier version into the new shape (a
 * version missing from `older` is dropped when met). Version 1 is what the app wrote before the
 * store existed: it keeps its old name, so data already on residents' phones is read as it is.
 */
export type StoredKey<T> = {
  /** The name in storage, or for a family (one entry per guide, per URL…) the part before ":id". */
  readonly name: string;
  readonly family: boolean;
  readonly version: number;
  readonly decode: Decoder<T>;
  readonly older?: Readonly<Record<number, Decoder<T>>>;
  /**
   * When the phone's budget is full, entries with the lowest rank go first (oldest first within
   * a rank). Absent: never dropped to make room (settings, the outbox, what the resident wrote).
   */
  readonly evictRank?: number;
};

export function defineKey<T>(key: Omit<StoredKey<T>, "family"> & { family?: boolean }): StoredKey<T> {
  return { ...key, family: key.family ?? false };
}

/** The name an entry has in storage: version 1 keeps the pre-store name, later ones add "vN/". */
export function storedName(key: StoredKey<unknown>, id: string | undefined, version: number = key.version): string {
  const base = key.family ? `${key.name}:${id ?? ""}` : key.name;
  return version === 1 ? base : `v${version}/${base}`;
}
