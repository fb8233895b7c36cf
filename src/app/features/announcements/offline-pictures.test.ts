import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Attachment } from "../../../shared/schemas/announcement";
import { http } from "../../lib/http";
import { MAX_KEPT_FILE_BYTES, MAX_KEPT_TOTAL_BYTES, keepPicture, keepsOffline, keptPicture, planKeep, type KeptPicture } from "./offline-pictures";

const kB = 1024;
const kept = (url: string, bytes: number): KeptPicture => ({ url, bytes, usedAt: "2026-12-01T00:00:00.000Z" });

describe("planKeep: the pictures' byte budget", () => {
  it("keeps the newest first and drops the least recently used until the total fits", () => {
    const index = [kept("/c", 200 * kB), kept("/b", 200 * kB), kept("/a", 200 * kB)];
    const few = planKeep(index, kept("/d", 200 * kB));
    expect(few.index.map((p) => p.url)).toEqual(["/d", "/c", "/b", "/a"]);
    expect(few.dropped).toEqual([]);
    const full = [kept("/e", 200 * kB), kept("/d", 200 * kB), ...index];
    const plan = planKeep(full, kept("/f", 150 * kB));
    expect(plan.dropped).toEqual(["/a"]);
    expect(plan.index.map((p) => p.url)).toEqual(["/f", "/e", "/d", "/c", "/b"]);
    expect(plan.index.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThanOrEqual(MAX_KEPT_TOTAL_BYTES);
  });

  it("moves a picture used again to the front, so it is dropped last", () => {
    const index = [kept("/c", 400 * kB), kept("/b", 400 * kB), kept("/a", 200 * kB)];
    const again = planKeep(index, kept("/a", 200 * kB));
    expect(again.index.map((p) => p.url)).toEqual(["/a", "/c", "/b"]);
    expect(planKeep(again.index, kept("/d", 200 * kB)).dropped).toEqual(["/b"]);
  });

  it("never keeps a picture over the per-file limit, and keeps one exactly at it", () => {
    expect(planKeep([], kept("/big", MAX_KEPT_FILE_BYTES + 1))).toEqual({ index: [], dropped: [] });
    expect(planKeep([], kept("/edge", MAX_KEPT_FILE_BYTES)).index).toHaveLength(1);
    const file = (mediaType: string, byteSize: number): Attachment => ({ id: 1, name: "x", mediaType, byteSize, width: null, height: null, url: "/x" });
    expect(keepsOffline(file("image/jpeg", 150 * kB))).toBe(true);
    expect(keepsOffline(file("image/jpeg", 250 * kB))).toBe(false);
    expect(keepsOffline(file("application/pdf", 50 * kB))).toBe(false);
  });
});

// A real HTTP server for the picture bytes: the network is not mocked.
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6b1a10000000049454e44ae426082", "hex");
let hits: string[] = [];
let server: Server;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.setHeader("access-control-allow-origin", "*");
    if (req.url?.startsWith("/gone")) return void res.writeHead(404).end();
    res.setHeader("content-type", "image/png");
    const sized = /^\/sized\/(\d+)/.exec(req.url ?? "");
    res.end(sized ? Buffer.alloc(Number(sized[1]), 7) : png);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await http.setBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => server.close());
beforeEach(() => {
  hits = [];
  window.localStorage.clear();
});

const attachment = (url: string, byteSize = png.length): Attachment => ({ id: 1, name: "anh.png", mediaType: "image/png", byteSize, width: 1, height: 1, url });

describe("keepPicture", () => {
  it("keeps a small picture as a data URL, fetched once however often it is opened", async () => {
    await keepPicture(attachment("/files/1"));
    await keepPicture(attachment("/files/1"));
    expect(hits).toEqual(["/files/1"]);
    await expect(keptPicture("/files/1")).resolves.toBe(`data:image/png;base64,${png.toString("base64")}`);
  });

  it("keeps nothing for a picture over the limit or one the server no longer has", async () => {
    await keepPicture(attachment("/files/2", MAX_KEPT_FILE_BYTES + 1));
    await expect(keepPicture(attachment("/gone/3"))).rejects.toBeTruthy();
    expect(hits).toEqual(["/gone/3"]);
    await expect(keptPicture("/files/2")).resolves.toBeNull();
    await expect(keptPicture("/gone/3")).resolves.toBeNull();
  });

  it("removes the bytes of the oldest pictures once the budget is full", async () => {
    // Five of 200 kB fit in the 1 MB budget; the sixth pushes out the least recently used.
    const url = (i: number) => `/sized/${MAX_KEPT_FILE_BYTES}/${i}`;
    for (let i = 1; i <= 5; i++) await keepPicture(attachment(url(i), MAX_KEPT_FILE_BYTES), new Date(2026, 11, i));
    await keepPicture(attachment(url(1), MAX_KEPT_FILE_BYTES), new Date(2026, 11, 6)); // opened again
    await keepPicture(attachment(url(6), MAX_KEPT_FILE_BYTES), new Date(2026, 11, 7));
    await expect(keptPicture(url(2))).resolves.toBeNull();
    for (const i of [1, 3, 4, 5, 6]) await expect(keptPicture(url(i))).resolves.toMatch(/^data:image\/png;base64,/);
    const index = JSON.parse(window.localStorage.getItem("cds:picture-index") ?? "[]") as KeptPicture[];
    expect(index.map((p) => p.url)).toEqual([url(6), url(1), url(5), url(4), url(3)]);
    expect(hits.filter((h) => h === url(1))).toHaveLength(1);
  });
});
