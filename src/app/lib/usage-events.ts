import type { AppStorage } from "../platform/zalo";
import { DEVICE_KEYS } from "./device-store/keys";
import { storedName } from "./device-store/stored-key";
import type { UsageEvent } from "../../shared/schemas/usage";
import { vietnamDay } from "../../shared/vietnam-day";

/**
 * Anonymous usage counts for the ward office: events wait on the phone and go in batches when the
 * phone is online, so counting costs no extra wait on weak signal. Nothing identifies the
 * resident (the server keeps counts per ward and day only); the resident can turn it off in
 * "Về ứng dụng", which also forgets what was waiting.
 */
export type UsageSender = (day: string, events: UsageEvent[]) => Promise<void>;

/** Thrown by a sender when the server refused the batch itself (4xx): sending it again cannot help. */
export class UsageRejected extends Error {
  override name = "UsageRejected";
}

type Pending = { day: string; events: UsageEvent[] };

// The reporter takes an AppStorage (tests give it one in memory), so it names its keys.
export const USAGE_QUEUE_KEY = storedName(DEVICE_KEYS.usageQueue, undefined);
export const USAGE_OFF_KEY = storedName(DEVICE_KEYS.usageOff, undefined);
const BATCH_MAX = 100; // the API's limit per batch
const QUEUE_MAX = 500; // a phone offline for days keeps the newest only
const OLDEST_DAYS = 7; // the API refuses older days
const FLUSH_AFTER_MS = 30_000;
const FLUSH_AT_EVENTS = 50;


export type UsageReporter = {
  track(event: UsageEvent): void;
  /** Sends what waits, one batch per day; keeps it when offline or the network fails. */
  flush(): Promise<void>;
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
};

export function createUsageReporter(deps: {
  send: UsageSender;
  store: AppStorage;
  now?: () => Date;
  isOnline?: () => boolean;
  schedule?: (run: () => void, ms: number) => void;
}): UsageReporter {
  const now = deps.now ?? (() => new Date());
  const isOnline = deps.isOnline ?? (() => navigator.onLine !== false);
  const schedule = deps.schedule ?? ((run, ms) => void setTimeout(run, ms));
  let queue: Pending[] | null = null; // read from storage on first use
  let off: boolean | null = null;
  let timer = false;
  let sending: Promise<void> | null = null;

  const load = async (): Promise<Pending[]> => (queue ??= (await deps.store.getItem<Pending[]>(USAGE_QUEUE_KEY)) ?? []);
  const enabled = async () => !(off ??= (await deps.store.getItem<boolean>(USAGE_OFF_KEY)) === true);
  const save = () => deps.store.setItem(USAGE_QUEUE_KEY, queue ?? []);
  const size = (q: Pending[]) => q.reduce((n, p) => n + p.events.length, 0);

  async function add(event: UsageEvent): Promise<void> {
    if (!(await enabled())) return;
    const q = await load();
    const day = vietnamDay(now());
    const last = q.at(-1);
    if (last?.day === day) last.events.push(event);
    else q.push({ day, events: [event] });
    while (size(q) > QUEUE_MAX) {
      q[0]?.events.shift();
      if (q[0]?.events.length === 0) q.shift();
    }
    await save();
    if (size(q) >= FLUSH_AT_EVENTS) void flush();
    else if (!timer) {
      timer = true;
      schedule(() => {
        timer = false;
        void flush();
      }, FLUSH_AFTER_MS);
    }
  }

  async function sendAll(): Promise<void> {
    if (!(await enabled()) || !isOnline()) return;
    const q = await load();
    const oldest = vietnamDay(now(), -OLDEST_DAYS);
    while (q.length > 0) {
      const first = q[0] as Pending;
      if (first.day < oldest) {
        q.shift();
        continue;
      }
      const batch = first.events.slice(0, BATCH_MAX);
      try {
        await deps.send(first.day, batch);
      } catch (error) {
        // Offline or the server is down: keep everything for the next try.
        if (!(error instanceof UsageRejected)) break;
      }
      first.events.splice(0, batch.length);
      if (first.events.length === 0) q.shift();
    }
    await save();
  }

  function flush(): Promise<void> {
    // One send at a time, so a batch is never sent twice.
    sending ??= sendAll().finally(() => {
      sending = null;
    });
    return sending;
  }

  return {
    track: (event) => void add(event).catch(() => undefined),
    flush,
    isEnabled: enabled,
    async setEnabled(value) {
      off = !value;
      await deps.store.setItem(USAGE_OFF_KEY, !value);
      if (!value) {
        queue = [];
        await save();
      }
    },
  };
}
