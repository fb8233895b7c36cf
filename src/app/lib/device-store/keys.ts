import type { OutboxEntry, SentRequest } from "../../features/requests/request-store";
import type { CatalogueSnapshot } from "../../features/procedures/catalogue-store";
import type { GuideProgress } from "../../features/guides/guide-progress";
import type { KeptPicture } from "../../features/announcements/offline-pictures";
import type { Visit } from "../assist-visit";
import type { UsageEvent } from "../../../shared/schemas/usage";
import { aBoolean, aString, anInteger, isArray, isNumber, isRecord, isString, listOf, oneOf, recordWith, type Decoder } from "./decoders";
import { defineKey, storedName, type StoredKey } from "./stored-key";

// Ranks for the byte budget: what is cheapest to fetch again goes first.
const SAVED_COPY = 1;
const PICTURE = 2;
const USAGE = 3;
const CATALOGUE = 4;

const integers = listOf(anInteger);
const strings = listOf(aString);

/**
 * Every key the app keeps on the phone. Nothing outside src/app/lib/device-store names a storage
 * key (a test checks it), so a new key or a new shape is added here, with its version.
 *
 * Changing a shape: bump `version`, make `decode` check the new shape, and add
 * `older: { [previous version]: reader }` turning the old shape into the new one (or leave it out
 * to drop old values). The new version is stored under "vN/name", so an older app build never
 * reads the new shape, and the old value is migrated the first time it is read.
 */
export const DEVICE_KEYS = {
  // Settings and what the resident chose: never dropped for room.
  textSize: defineKey<string>({ name: "text-size", version: 1, decode: aString }),
  myArea: defineKey<string>({ name: "my-area", version: 1, decode: aString }),
  usageOff: defineKey<boolean>({ name: "usage-off", version: 1, decode: aBoolean }),
  savedProcedures: defineKey<string[]>({ name: "saved-procedures", version: 1, decode: strings }),
  seenAnnouncements: defineKey<number[]>({ name: "seen-announcements", version: 1, decode: integers }),
  announcementsFirstSeen: defineKey<string>({
    name: "announcements-first-seen",
    version: 1,
    decode: (raw) => (typeof raw === "string" && !Number.isNaN(Date.parse(raw)) ? raw : null),
  }),
  // Progress, per guide or procedure.
  guideProgress: defineKey<GuideProgress>({
    name: "guide-progress",
    family: true,
    version: 1,
    decode: (raw) => (isRecord(raw) && isNumber(raw.current) && isArray(raw.done) ? { current: raw.current as number, done: integers(raw.done) ?? [] } : null),
  }),
  checklist: defineKey<string[]>({ name: "checklist", family: true, version: 1, decode: strings }),
  checklistCase: defineKey<number>({ name: "checklist-case", family: true, version: 1, decode: anInteger }),
  helpful: defineKey<"yes" | "no">({ name: "helpful", family: true, version: 1, decode: oneOf(["yes", "no"]) }),
  // What the resident wrote and sent: never dropped for room.
  requestDraft: defineKey<Record<string, unknown>>({ name: "request-draft", version: 1, decode: (raw) => (isRecord(raw) ? raw : null) }),
  requestDraftPhotos: defineKey<string[]>({
    name: "request-draft-photos",
    version: 1,
    decode: listOf((p) => (typeof p === "string" && p.startsWith("data:image/") ? p : null)),
  }),
  requestsOutbox: defineKey<OutboxEntry[]>({
    name: "requests-outbox",
    version: 1,
    decode: listOf(recordWith<OutboxEntry>({ clientId: isString, ward: isString, request: isRecord, photos: isArray, createdAt: isString, state: isString })),
  }),
  requestsSent: defineKey<SentRequest[]>({
    name: "requests-sent",
    version: 1,
    decode: listOf(recordWith<SentRequest>({ code: isString, accessToken: isString, kind: isString, createdAt: isString, clientId: isString, ward: isString })),
  }),
  assistVisit: defineKey<Visit>({ name: "assist-visit", version: 1, decode: recordWith<Visit>({ startedAt: isString, before: isRecord }) }),
  usageQueue: defineKey<{ day: string; events: UsageEvent[] }[]>({
    name: "usage-queue",
    version: 1,
    evictRank: USAGE,
    decode: listOf(recordWith<{ day: string; events: UsageEvent[] }>({ day: isString, events: isArray })),
  }),
  // Copies of what the app downloaded, kept to work without signal: dropped first for room.
  catalogue: defineKey<Omit<CatalogueSnapshot, "source">>({
    name: "procedures",
    family: true,
    version: 1,
    evictRank: CATALOGUE,
    decode: recordWith<CatalogueSnapshot>({ items: isArray, generatedAt: isString }),
  }),
  savedCopy: defineKey<{ savedAt: string; data: unknown }>({
    name: "copy",
    family: true,
    version: 1,
    evictRank: SAVED_COPY,
    decode: (raw) => (isRecord(raw) && isString(raw.savedAt) && "data" in raw ? { savedAt: raw.savedAt as string, data: raw.data } : null),
  }),
  savedCopyIndex: defineKey<string[]>({ name: "copy-index", version: 1, decode: strings }),
  picture: defineKey<string>({
    name: "picture",
    family: true,
    version: 1,
    evictRank: PICTURE,
    decode: (raw) => (typeof raw === "string" && raw.startsWith("data:image/") ? raw : null),
  }),
  pictureIndex: defineKey<KeptPicture[]>({
    name: "picture-index",
    version: 1,
    decode: listOf(recordWith<KeptPicture>({ url: isString, bytes: isNumber })),
  }),
  /** The store's own note of each entry's size, for the byte budget. */
  sizes: defineKey<Record<string, [bytes: number, writtenAt: number]>>({
    name: "device-store-sizes",
    version: 1,
    decode: (raw) => (isRecord(raw) ? (Object.fromEntries(Object.entries(raw).filter(([, v]) => isSize(v))) as Record<string, [number, number]>) : null),
  }),
} as const;

function isSize(v: unknown): boolean {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === "number" && typeof v[1] === "number";
}

const ALL_KEYS: readonly StoredKey<unknown>[] = Object.values(DEVICE_KEYS);

/** The key (and id, for a family) a name in storage belongs to, at any version; null when not the app's. */
export function keyOfStoredName(name: string): { key: StoredKey<unknown>; id: string | undefined; version: number } | null {
  const match = /^v(\d+)\/(.*)$/.exec(name);
  const version = match ? Number(match[1]) : 1;
  const base = match ? (match[2] ?? "") : name;
  for (const key of ALL_KEYS) {
    if (!key.family && base === key.name) return { key, id: undefined, version };
    if (key.family && base.startsWith(`${key.name}:`)) return { key, id: base.slice(key.name.length + 1), version };
  }
  return null;
}

export { storedName };
export type { StoredKey, Decoder };
