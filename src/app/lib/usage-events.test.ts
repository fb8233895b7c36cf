import Value from "typebox/value";
import type { AppStorage } from "../platform/zalo";
import { UsageBatchSchema, type UsageEvent } from "../../shared/schemas/usage";
import { createUsageReporter, UsageRejected, USAGE_QUEUE_KEY } from "./usage-events";

/** Device storage as the platform wrapper offers it, in memory. */
function memoryStorage(): AppStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: async <T>(key: string) => (data.has(key) ? (JSON.parse(data.get(key) as string) as T) : null),
    setItem: async (key, value) => void data.set(key, JSON.stringify(value)),
    removeItem: async (key) => void data.delete(key),
  };
}

/** The API as the reporter sees it: records each batch and checks it against the server's schema. */
function fakeApi() {
  const batches: { day: string; events: UsageEvent[] }[] = [];
  let failWith: Error | null = null;
  return {
    batches,
    failNext: (error: Error) => void (failWith = error),
    send: async (day: string, events: UsageEvent[]) => {
      if (!Value.Check(UsageBatchSchema, { day, events })) throw new Error("the server would refuse this batch");
      if (failWith) {
        const error = failWith;
        failWith = null;
        throw error;
      }
      batches.push({ day, events: structuredClone(events) });
    },
  };
}

const home: UsageEvent = { type: "screen", screen: "home" };
const emptySearch: UsageEvent = { type: "search", area: "procedures", results: 0, query: "giấy phép nuôi chó" };
let clock = new Date("2026-12-01T08:00:00+07:00");
const setup = (store = memoryStorage(), api = fakeApi(), online = { value: true }) => ({
  store,
  api,
  online,
  reporter: createUsageReporter({ send: api.send, store, now: () => clock, isOnline: () => online.value, schedule: () => undefined }),
});
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  clock = new Date("2026-12-01T08:00:00+07:00");
});

describe("usage reporter", () => {
  it("sends what waits in one batch per day, once", async () => {
    const { reporter, api, store } = setup();
    reporter.track(home);
    await settle();
    clock = new Date("2026-12-02T00:30:00+07:00"); // after midnight in Vietnam
    reporter.track(emptySearch);
    await settle();
    await Promise.all([reporter.flush(), reporter.flush()]);
    expect(api.batches).toEqual([
      { day: "2026-12-01", events: [home] },
      { day: "2026-12-02", events: [emptySearch] },
    ]);
    await reporter.flush();
    expect(api.batches).toHaveLength(2);
    expect(JSON.parse(store.data.get(USAGE_QUEUE_KEY) ?? "null")).toEqual([]);
  });

  it("keeps events on the phone while offline or when sending fails, also across a restart", async () => {
    const first = setup();
    first.online.value = false;
    first.reporter.track(home);
    await settle();
    await first.reporter.flush();
    expect(first.api.batches).toEqual([]);

    const restarted = setup(first.store);
    restarted.api.failNext(new Error("Network Error"));
    await restarted.reporter.flush();
    expect(restarted.api.batches).toEqual([]);
    await restarted.reporter.flush();
    expect(restarted.api.batches).toEqual([{ day: "2026-12-01", events: [home] }]);
  });

  it("drops a batch the server refused, days the server no longer takes, and splits large batches", async () => {
    const { reporter, api } = setup();
    reporter.track(home);
    await settle();
    api.failNext(new UsageRejected("400"));
    await reporter.flush();
    await reporter.flush();
    expect(api.batches).toEqual([]);

    clock = new Date("2026-11-20T08:00:00+07:00");
    reporter.track(home);
    await settle();
    clock = new Date("2026-12-01T08:00:00+07:00");
    for (let i = 0; i < 49; i++) reporter.track(home); // under the size that sends at once
    for (let i = 0; i < 49; i++) reporter.track(emptySearch);
    await settle();
    await reporter.flush();
    await reporter.flush();
    const sent = api.batches.flatMap((b) => b.events.map(() => b.day));
    expect(new Set(sent)).toEqual(new Set(["2026-12-01"]));
    expect(sent).toHaveLength(98);
    expect(Math.max(...api.batches.map((b) => b.events.length))).toBeLessThanOrEqual(100);
  });

  it("sends nothing once the resident turns it off, forgets what waited, and stays off after a restart", async () => {
    const { reporter, api, store } = setup();
    reporter.track(home);
    await settle();
    await reporter.setEnabled(false);
    reporter.track(emptySearch);
    await settle();
    await reporter.flush();
    expect(api.batches).toEqual([]);
    expect(JSON.parse(store.data.get(USAGE_QUEUE_KEY) ?? "null")).toEqual([]);

    const restarted = setup(store, api);
    expect(await restarted.reporter.isEnabled()).toBe(false);
    restarted.reporter.track(home);
    await settle();
    await restarted.reporter.flush();
    expect(api.batches).toEqual([]);
    await restarted.reporter.setEnabled(true);
    restarted.reporter.track(home);
    await settle();
    await restarted.reporter.flush();
    expect(api.batches).toEqual([{ day: "2026-12-01", events: [home] }]);
  });
});
