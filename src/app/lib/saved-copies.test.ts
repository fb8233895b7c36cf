import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getJson, http } from "./http";
import { MAX_COPIES, copyKey, readCopy, saveCopy, shownCopiesStore } from "./saved-copies";

// A real HTTP server that can answer, fail, or be gone: the network is not mocked.
let mode: "ok" | "error500" | "bad-request" = "ok";
let hits = 0;
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("content-type", "application/json");
    if (mode === "error500") return void res.writeHead(500).end(JSON.stringify({ message: "boom" }));
    if (mode === "bad-request") return void res.writeHead(400).end(JSON.stringify({ message: "Tham số sai." }));
    res.end(JSON.stringify({ url: req.url, n: hits }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await http.setBaseUrl(base);
});
afterAll(() => server.close());
beforeEach(() => {
  mode = "ok";
  window.localStorage.clear();
});

describe("copyKey", () => {
  it("is the same whatever the order of parameters, and skips absent ones", () => {
    expect(copyKey("/a", { b: 1, a: "x", c: undefined })).toBe(copyKey("/a", { a: "x", b: 1 }));
    expect(copyKey("/a", { a: "x" })).not.toBe(copyKey("/a", { a: "y" }));
    expect(copyKey("/a")).toBe("/a");
  });
});

describe("saveCopy", () => {
  it("keeps the MAX_COPIES most recently saved answers and forgets older ones", async () => {
    for (let i = 0; i < MAX_COPIES + 5; i++) await saveCopy(`/item/${i}`, { i });
    await expect(readCopy("/item/0")).resolves.toBeNull();
    await expect(readCopy("/item/4")).resolves.toBeNull();
    await expect(readCopy("/item/5")).resolves.toMatchObject({ data: { i: 5 } });
    await saveCopy("/item/5", { i: 5, again: true }); // used again: now the newest
    await saveCopy(`/item/${MAX_COPIES + 5}`, { i: MAX_COPIES + 5 });
    await expect(readCopy("/item/5")).resolves.toMatchObject({ data: { again: true } });
    await expect(readCopy("/item/6")).resolves.toBeNull();
  });

  it("does not keep an answer too big for the phone's storage", async () => {
    await saveCopy("/big", { text: "x".repeat(300_000) });
    await expect(readCopy("/big")).resolves.toBeNull();
  });
});

describe("getJson with saved copies", () => {
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it("answers from the network and keeps a copy; on failure gives the copy and says since when", async () => {
    const fresh = await getJson<{ n: number }>("/things", { page: 2 });
    await until(async () => (await readCopy(copyKey("/things", { page: 2 }))) !== null);
    expect(shownCopiesStore.oldestSavedAt()).toBeNull();

    mode = "error500";
    const copy = await getJson<{ n: number }>("/things", { page: 2 });
    expect(copy).toEqual(fresh);
    const savedAt = shownCopiesStore.oldestSavedAt();
    expect(savedAt).not.toBeNull();
    expect(Date.now() - Date.parse(savedAt ?? "")).toBeLessThan(60_000);

    // Without a copy the failure is the resident's error message, as before.
    await expect(getJson("/never-seen")).rejects.toThrow(/Máy chủ đang bận/);

    // Back online: the fresh answer replaces the copy and the notice goes away.
    mode = "ok";
    const again = await getJson<{ n: number }>("/things", { page: 2 });
    expect(again.n).toBeGreaterThan(fresh.n);
    expect(shownCopiesStore.oldestSavedAt()).toBeNull();
  });

  it("does not hide a request the server refuses (4xx) behind an old copy", async () => {
    await getJson("/refused");
    await until(async () => (await readCopy("/refused")) !== null);
    mode = "bad-request";
    await expect(getJson("/refused")).rejects.toThrow("Tham số sai.");
  });

  it("falls back when the server cannot be reached at all", async () => {
    const saved = await getJson<{ n: number }>("/gone");
    await until(async () => (await readCopy("/gone")) !== null);
    await http.setBaseUrl("http://127.0.0.1:9"); // nothing listens on the discard port
    try {
      await expect(getJson("/gone")).resolves.toEqual(saved);
    } finally {
      await http.setBaseUrl(base);
    }
  });

  it("leaves answers a feature keeps itself out of the copies", async () => {
    await getJson("/own", undefined, { savedCopy: false });
    await new Promise((r) => setTimeout(r, 50));
    await expect(readCopy("/own")).resolves.toBeNull();
  });
});
