import { beforeEach, describe, expect, it } from "vitest";
import { __resetPlatformForTests, storage } from "../../platform/zalo";
import { aString, anInteger, isRecord } from "./decoders";
import { DEVICE_KEYS, keyOfStoredName } from "./keys";
import { __resetDeviceStoreForTests, __storedBytesForTests, deviceStorage, readValue, writeValue } from "./store";
import { defineKey, storedName, type StoredKey } from "./stored-key";

// The real store over the real platform storage, on jsdom's localStorage (the path outside Zalo).
const raw = (name: string) => window.localStorage.getItem(`cds:${name}`);

beforeEach(() => {
  window.localStorage.clear();
  __resetPlatformForTests();
  __resetDeviceStoreForTests();
});

/** A value of the right shape for every registered key. */
const SAMPLES: { [K in keyof typeof DEVICE_KEYS]: (typeof DEVICE_KEYS)[K] extends StoredKey<infer T> ? T : never } = {
  textSize: "large",
  myArea: "to-1",
  usageOff: true,
  savedProcedures: ["cap-ho-chieu"],
  seenAnnouncements: [3, 1],
  announcementsFirstSeen: "2026-01-02T03:04:05.000Z",
  guideProgress: { current: 2, done: [0, 1] },
  checklist: ["cccd"],
  checklistCase: 1,
  helpful: "yes",
  requestDraft: { clientId: "c1", text: "Đèn hỏng", photos: [] },
  requestDraftPhotos: ["data:image/jpeg;base64,AAAA"],
  requestsOutbox: [
    { clientId: "c1", ward: "hoa-cuong", request: { clientId: "c1", kind: "other", text: "x" } as never, photos: [], createdAt: "2026-01-01T00:00:00Z", state: "waiting" },
  ],
  requestsSent: [{ code: "PA-1", accessToken: "t", kind: "other" as never, createdAt: "2026-01-01T00:00:00Z", clientId: "c1", ward: "hoa-cuong" }],
  assistVisit: { startedAt: "2026-01-01T00:00:00Z", before: { "checklist:a": null } },
  usageQueue: [{ day: "2026-01-01", events: [] }],
  catalogue: { items: [], generatedAt: "2026-01-01T00:00:00Z" },
  savedCopy: { savedAt: "2026-01-01T00:00:00Z", data: { name: "Hòa Cường" } },
  savedCopyIndex: ["/wards/hoa-cuong"],
  picture: "data:image/png;base64,AAAA",
  pictureIndex: [{ url: "/files/1", bytes: 10, usedAt: "2026-01-01T00:00:00Z" }],
  sizes: { "text-size": [20, 1] },
};

describe("the key registry", () => {
  it("round-trips every registered key, under the name it had before the store (version 1)", async () => {
    for (const [name, key] of Object.entries(DEVICE_KEYS) as [keyof typeof DEVICE_KEYS, StoredKey<unknown>][]) {
      const id = key.family ? "some-id" : undefined;
      await writeValue(key, SAMPLES[name], id);
      __resetPlatformForTests(); // read back from storage, not from memory
      await expect(readValue(key, id), name).resolves.toEqual(SAMPLES[name]);
      expect(keyOfStoredName(storedName(key, id))?.key, name).toBe(key);
    }
    expect(JSON.parse(raw("text-size") ?? "")).toBe("large");
    expect(JSON.parse(raw("guide-progress:some-id") ?? "")).toEqual({ current: 2, done: [0, 1] });
  });

  it("gives every key its own name, and no name is a family's prefix of another", () => {
    const names = Object.values(DEVICE_KEYS).map((k) => (k.family ? `${k.name}:` : k.name));
    expect(new Set(names).size).toBe(names.length);
    for (const key of Object.values(DEVICE_KEYS)) expect(keyOfStoredName(storedName(key, key.family ? "x" : undefined))?.key).toBe(key);
  });

  it("reads what residents' phones already hold under the old keys", async () => {
    // Written by the app before the store, straight through platform storage.
    await storage.setItem("saved-procedures", ["dang-ky-khai-sinh"]);
    await storage.setItem("guide-progress:vneid-muc-1", { current: 1, done: [0] });
    await storage.setItem("text-size", "larger");
    await expect(readValue(DEVICE_KEYS.savedProcedures)).resolves.toEqual(["dang-ky-khai-sinh"]);
    await expect(readValue(DEVICE_KEYS.guideProgress, "vneid-muc-1")).resolves.toEqual({ current: 1, done: [0] });
    await expect(readValue(DEVICE_KEYS.textSize)).resolves.toBe("larger");
  });

  it("refuses a name that is not registered", async () => {
    await expect(deviceStorage.setItem("my-new-thing", 1)).rejects.toThrow(/not a key/);
  });
});

describe("versions", () => {
  const v1 = defineKey<number>({ name: "test-count", version: 1, decode: anInteger });
  const v2 = defineKey<{ count: number }>({
    name: "test-count",
    version: 2,
    decode: (r) => (isRecord(r) && typeof r.count === "number" ? { count: r.count } : null),
    older: { 1: (r) => (typeof r === "number" ? { count: r } : null) },
  });
  const v3 = defineKey<string>({ name: "test-count", version: 3, decode: aString });

  it("migrates an older shape once, to the new name, and removes the old one", async () => {
    await writeValue(v1, 7);
    await expect(readValue(v2)).resolves.toEqual({ count: 7 });
    expect(raw("test-count")).toBeNull();
    expect(JSON.parse(raw("v2/test-count") ?? "")).toEqual({ count: 7 });
    await expect(readValue(v2)).resolves.toEqual({ count: 7 });
  });

  it("drops a version it has no migration for", async () => {
    await writeValue(v2, { count: 1 });
    await expect(readValue(v3)).resolves.toBeNull();
    expect(raw("v2/test-count")).toBeNull();
  });

  it("drops an old shape the migration cannot read", async () => {
    window.localStorage.setItem("cds:test-count", JSON.stringify("seven"));
    await expect(readValue(v2)).resolves.toBeNull();
    expect(raw("test-count")).toBeNull();
  });
});

describe("damaged data", () => {
  it("reads corrupt JSON as absent, without throwing, and the next write replaces it", async () => {
    window.localStorage.setItem("cds:saved-procedures", "[\"cap-ho-chi");
    await expect(readValue(DEVICE_KEYS.savedProcedures)).resolves.toBeNull();
    await writeValue(DEVICE_KEYS.savedProcedures, ["cap-ho-chieu"]);
    await expect(readValue(DEVICE_KEYS.savedProcedures)).resolves.toEqual(["cap-ho-chieu"]);
  });

  it("drops a value of the wrong shape from the phone", async () => {
    window.localStorage.setItem("cds:guide-progress:a", JSON.stringify({ step: "two" }));
    await expect(readValue(DEVICE_KEYS.guideProgress, "a")).resolves.toBeNull();
    expect(raw("guide-progress:a")).toBeNull();
  });

  it("keeps the good items of a list and leaves out the bad ones", async () => {
    window.localStorage.setItem("cds:seen-announcements", JSON.stringify([4, "x", 2.5, 9]));
    await expect(readValue(DEVICE_KEYS.seenAnnouncements)).resolves.toEqual([4, 9]);
  });
});

describe("the byte budget", () => {
  const big = (n: number) => "x".repeat(n);

  it("drops saved copies, oldest first, before pictures, and never the outbox or settings", async () => {
    __resetDeviceStoreForTests({ budget: 2_000 });
    await writeValue(DEVICE_KEYS.textSize, "large");
    await writeValue(DEVICE_KEYS.requestsOutbox, SAMPLES.requestsOutbox);
    await writeValue(DEVICE_KEYS.picture, `data:image/png;base64,${big(300)}`, "/p1");
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "1", data: big(400) }, "/old");
    await new Promise((r) => setTimeout(r, 2)); // a later write time
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "2", data: big(400) }, "/newer");
    // A catalogue needs room: the oldest copy goes first, then the next, then the picture.
    await writeValue(DEVICE_KEYS.catalogue, { items: [], generatedAt: big(700) }, "hoa-cuong");
    expect(raw("copy:/old")).toBeNull();
    expect(raw("copy:/newer")).not.toBeNull();
    expect(raw("picture:/p1")).not.toBeNull();
    await writeValue(DEVICE_KEYS.catalogue, { items: [], generatedAt: big(1_500) }, "hoa-cuong");
    expect(raw("copy:/newer")).toBeNull();
    expect(raw("picture:/p1")).toBeNull();
    expect(raw("text-size")).toBe('"large"');
    expect(raw("requests-outbox")).not.toBeNull();
    expect(__storedBytesForTests()).toBeLessThanOrEqual(2_000);
  });

  it("does not save a copy that cannot fit, but always saves what the resident wrote", async () => {
    __resetDeviceStoreForTests({ budget: 1_000 });
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "1", data: big(2_000) }, "/huge");
    expect(raw("copy:/huge")).toBeNull();
    await writeValue(DEVICE_KEYS.requestDraftPhotos, [`data:image/jpeg;base64,${big(2_000)}`]);
    expect(raw("request-draft-photos")).not.toBeNull();
  });

  it("a copy never pushes out a more important copy", async () => {
    __resetDeviceStoreForTests({ budget: 1_000 });
    await writeValue(DEVICE_KEYS.catalogue, { items: [], generatedAt: big(700) }, "hoa-cuong");
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "1", data: big(500) }, "/a");
    expect(raw("copy:/a")).toBeNull();
    expect(raw("procedures:hoa-cuong")).not.toBeNull();
  });

  it("counts data kept from before the store once it reads it, and remembers sizes across a reload", async () => {
    __resetDeviceStoreForTests({ budget: 1_000 });
    await storage.setItem("copy:/before", { savedAt: "0", data: big(600) });
    await readValue(DEVICE_KEYS.savedCopy, "/before");
    await new Promise((r) => setTimeout(r, 600)); // the sizes are written a moment later
    __resetDeviceStoreForTests({ budget: 1_000 });
    __resetPlatformForTests();
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "1", data: big(600) }, "/after");
    expect(raw("copy:/before")).toBeNull();
    expect(raw("copy:/after")).not.toBeNull();
  });

  it("stops counting an entry that disappeared behind its back", async () => {
    __resetDeviceStoreForTests({ budget: 1_000 });
    await writeValue(DEVICE_KEYS.catalogue, { items: [], generatedAt: big(700) }, "hoa-cuong");
    window.localStorage.removeItem("cds:procedures:hoa-cuong");
    await readValue(DEVICE_KEYS.catalogue, "hoa-cuong");
    await writeValue(DEVICE_KEYS.savedCopy, { savedAt: "1", data: big(500) }, "/a");
    expect(raw("copy:/a")).not.toBeNull();
  });
});
