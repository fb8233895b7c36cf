import { describe, expect, it } from "vitest";
import type { AppStorage } from "../../platform/zalo";
import type { NewRequest } from "../../../shared/schemas/requests";
import { OUTBOX_KEY, SENT_KEY } from "./outbox-key";
import { createRequestStore, type OutboxEntry, type SendResult } from "./request-store";

/** Device storage as the platform module gives it, in memory (JSON round trip like the real one). */
function memoryStorage(): AppStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: <T,>(key: string) => Promise.resolve(data.has(key) ? (JSON.parse(data.get(key) ?? "null") as T) : null),
    setItem: (key, value) => Promise.resolve(void data.set(key, JSON.stringify(value))),
    removeItem: (key) => Promise.resolve(void data.delete(key)),
  };
}

/** A stand-in for the server that dedupes by clientId, as the contract says the real one does. */
function fakeServer() {
  const created = new Map<string, string>();
  const calls: string[] = [];
  let mode: "up" | "down" | "refuse" = "up";
  const send = (entry: OutboxEntry): Promise<SendResult> => {
    calls.push(entry.clientId);
    if (mode === "down") return Promise.resolve({ ok: false, retry: true, message: "Không kết nối được." });
    if (mode === "refuse") return Promise.resolve({ ok: false, retry: false, message: "Nội dung quá dài." });
    const code = created.get(entry.clientId) ?? `HC-2612-${String(created.size + 1).padStart(4, "0")}`;
    created.set(entry.clientId, code);
    return Promise.resolve({ ok: true, created: { code, accessToken: "t".repeat(40), status: "received" } });
  };
  return { send, calls, created, set: (m: typeof mode) => (mode = m) };
}

const request = (clientId: string): NewRequest => ({ kind: "report", text: "Đèn đường trước nhà số 12 tắt ba hôm nay.", clientId });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the requests outbox", () => {
  it("sends an entry once, then keeps it in the sent list with its code and token, also on the phone", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const store = createRequestStore({ storage, send: server.send });
    await store.add("hoa-cuong", request("client-aaaa-1"), ["data:image/jpeg;base64,AAAA"]);
    await store.flush();
    await store.flush();
    expect(server.calls).toEqual(["client-aaaa-1"]);
    const { outbox, sent } = store.getSnapshot();
    expect(outbox).toEqual([]);
    expect(sent).toMatchObject([{ code: "HC-2612-0001", kind: "report", clientId: "client-aaaa-1", ward: "hoa-cuong" }]);
    expect(JSON.parse(storage.data.get(OUTBOX_KEY) ?? "")).toEqual([]);
    expect(JSON.parse(storage.data.get(SENT_KEY) ?? "")).toHaveLength(1);
  });

  it("never sends the same entry twice at the same time, however many triggers fire", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    let release: () => void = () => undefined;
    const slow = (entry: OutboxEntry) =>
      new Promise<SendResult>((resolve) => {
        release = () => void server.send(entry).then(resolve);
      });
    const store = createRequestStore({ storage, send: slow });
    await store.add("hoa-cuong", request("client-bbbb-1"), []);
    // online event, app resume and app start, all while the first upload is still going
    const runs = [store.flush(), store.flush(), store.flush()];
    await settle();
    release();
    await Promise.all(runs);
    expect(server.calls).toEqual(["client-bbbb-1"]);
    expect(store.getSnapshot().sent).toHaveLength(1);
  });

  it("without signal keeps the entry waiting, says so, and sends it when the signal returns", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const retries: (() => void)[] = [];
    server.set("down");
    const store = createRequestStore({ storage, send: server.send, scheduleRetry: (f) => retries.push(f) });
    await store.add("hoa-cuong", request("client-cccc-1"), []);
    await store.flush();
    expect(store.getSnapshot().outbox).toMatchObject([{ clientId: "client-cccc-1", state: "waiting", error: "Không kết nối được." }]);
    expect(retries.length).toBeGreaterThan(0);

    // The app is closed and opened again later: the outbox is read back from the phone.
    server.set("up");
    const reopened = createRequestStore({ storage, send: server.send });
    await reopened.flush();
    expect(reopened.getSnapshot().outbox).toEqual([]);
    expect(reopened.getSnapshot().sent).toMatchObject([{ clientId: "client-cccc-1", code: "HC-2612-0001" }]);
    expect(server.created.size).toBe(1);
  });

  it("sends again with the same clientId when the answer was lost, and the server's dedupe gives one request", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    let lose = true;
    const lossy = async (entry: OutboxEntry): Promise<SendResult> => {
      const result = await server.send(entry);
      if (lose) {
        lose = false;
        return { ok: false, retry: true, message: "Không kết nối được." };
      }
      return result;
    };
    const store = createRequestStore({ storage, send: lossy });
    await store.add("hoa-cuong", request("client-dddd-1"), []);
    await store.flush();
    await store.flush();
    expect(server.calls).toEqual(["client-dddd-1", "client-dddd-1"]);
    expect(server.created.size).toBe(1);
    expect(store.getSnapshot().sent).toHaveLength(1);
  });

  it("keeps a refused entry (4xx) as failed with the server's message and does not send it again by itself", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    server.set("refuse");
    const store = createRequestStore({ storage, send: server.send });
    await store.add("hoa-cuong", request("client-eeee-1"), []);
    await store.flush();
    await store.flush();
    expect(server.calls).toEqual(["client-eeee-1"]);
    expect(store.getSnapshot().outbox).toMatchObject([{ state: "failed", error: "Nội dung quá dài." }]);
    // "Gửi lại" is the resident's choice.
    server.set("up");
    await store.retry("client-eeee-1");
    await store.flush();
    expect(store.getSnapshot().outbox).toEqual([]);
    expect(store.getSnapshot().sent).toHaveLength(1);
  });

  it("adding the same draft twice (a double tap on Gửi) makes one entry", async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    server.set("down");
    const store = createRequestStore({ storage, send: server.send });
    await Promise.all([store.add("hoa-cuong", request("client-ffff-1"), []), store.add("hoa-cuong", request("client-ffff-1"), [])]);
    await store.add("hoa-cuong", request("client-ffff-1"), []);
    expect(store.getSnapshot().outbox).toHaveLength(1);
  });
});
