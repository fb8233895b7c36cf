/**
 * Zalo's native storage holds 5 MB per mini app and, when full, silently drops its oldest
 * entries, whatever they are: an unsent request could go before a cached notice. So the store
 * keeps the app below its own budget and chooses itself what goes: copies that can be
 * downloaded again, lowest rank first, oldest first within a rank.
 */
export const BUDGET_BYTES = 4 * 1024 * 1024;

export type SizeEntry = { bytes: number; writtenAt: number; evictRank: number | undefined };

export type RoomPlan = { fits: true; evict: string[] } | { fits: false };

/** What to drop so that `name` can take `bytes`; entries without a rank are never dropped. */
export function planRoom(sizes: ReadonlyMap<string, SizeEntry>, name: string, bytes: number, evictRank: number | undefined, budget: number = BUDGET_BYTES): RoomPlan {
  let total = bytes;
  for (const [other, entry] of sizes) if (other !== name) total += entry.bytes;
  if (total <= budget) return { fits: true, evict: [] };
  const candidates = [...sizes]
    .filter(([other, entry]) => other !== name && entry.evictRank !== undefined)
    // A copy may only push out copies of its own rank or lower; settings and the outbox always get room.
    .filter(([, entry]) => evictRank === undefined || (entry.evictRank as number) <= evictRank)
    .sort(([, a], [, b]) => (a.evictRank as number) - (b.evictRank as number) || a.writtenAt - b.writtenAt);
  const evict: string[] = [];
  for (const [other, entry] of candidates) {
    if (total <= budget) break;
    evict.push(other);
    total -= entry.bytes;
  }
  if (total <= budget) return { fits: true, evict };
  // Still too big: a copy is not worth it; what the resident wrote is written anyway.
  return evictRank === undefined ? { fits: true, evict } : { fits: false };
}

/** Bytes as UTF-8, what the storage is most likely to count (Vietnamese letters take 2–3). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
