import type { AppStorage } from "../../platform/zalo";
import type { NewRequest, RequestCreated, RequestKind } from "../../../shared/schemas/requests";
import { OUTBOX_KEY, SENT_KEY } from "./outbox-key";

/** A request written on this phone that the server has not confirmed yet. */
export type OutboxEntry = {
  clientId: string;
  ward: string;
  request: NewRequest;
  /** Resized JPEGs as data: URLs. */
  photos: string[];
  createdAt: string;
  /** waiting = will be sent when there is signal; failed = the server refused it (message says why). */
  state: "waiting" | "failed";
  /** Why the last try did not get through: no signal (still waiting) or the server's refusal. */
  error?: string;
};

/** A request the server confirmed; the token is the only way to read it back, so it stays here. */
export type SentRequest = { code: string; accessToken: string; kind: RequestKind; createdAt: string; clientId: string; ward: string };

export type SendResult = { ok: true; created: RequestCreated } | { ok: false; retry: boolean; message: string };

export type RequestStoreDeps = {
  storage: AppStorage;
  send: (entry: OutboxEntry) => Promise<SendResult>;
  /** Called after a failure that may pass (no signal, server busy), to try again later. */
  scheduleRetry?: (flush: () => void) => void;
  now?: () => Date;
};

export type RequestStoreSnapshot = { outbox: OutboxEntry[]; sent: SentRequest[]; loaded: boolean };

/**
 * The phone's outbox and its list of sent requests. `flush` sends every waiting entry one after
 * another and never twice at the same time; an entry leaves the outbox only when the server
 * answered 200/201 (then it joins the sent list under the same clientId), a refusal (4xx) keeps
 * it as failed with the server's message, and anything else (no signal, 5xx, 429) keeps it
 * waiting. Sending the same clientId again after a lost answer is safe: the server dedupes.
 */
export function createRequestStore({ storage, send, scheduleRetry, now = () => new Date() }: RequestStoreDeps) {
  let snapshot: RequestStoreSnapshot = { outbox: [], sent: [], loaded: false };
  let loading: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const listeners = new Set<() => void>();

  const publish = (next: Partial<RequestStoreSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    listeners.forEach((l) => l());
  };

  // Writes go one after another, so the outbox on the phone never goes back to an older state.
  let writes: Promise<unknown> = Promise.resolve();
  const persist = (): Promise<void> => {
    const { outbox, sent } = snapshot;
    const write = writes.then(async () => {
      await storage.setItem(SENT_KEY, sent);
      await storage.setItem(OUTBOX_KEY, outbox);
    });
    writes = write.catch(() => undefined);
    return write;
  };

  function load(): Promise<void> {
    loading ??= (async () => {
      const [outbox, sent] = await Promise.all([storage.getItem<OutboxEntry[]>(OUTBOX_KEY), storage.getItem<SentRequest[]>(SENT_KEY)]);
      publish({ outbox: Array.isArray(outbox) ? outbox : [], sent: Array.isArray(sent) ? sent : [], loaded: true });
    })();
    return loading;
  }

  async function sendWaiting(): Promise<void> {
    for (;;) {
      const entry = snapshot.outbox.find((e) => e.state === "waiting");
      if (!entry) return;
      const result = await send(entry);
      if (result.ok) {
        const record: SentRequest = { ...result.created, kind: entry.request.kind, createdAt: entry.createdAt, clientId: entry.clientId, ward: entry.ward };
        // Stored in the sent list before it leaves the outbox: a crash in between can only keep both.
        const sent = [record, ...snapshot.sent.filter((s) => s.clientId !== entry.clientId && s.code !== record.code)];
        publish({ sent, outbox: snapshot.outbox.filter((e) => e.clientId !== entry.clientId) });
        await persist();
      } else if (result.retry) {
        // Still waiting; the message tells the screen that this try did not get through.
        publish({ outbox: snapshot.outbox.map((e) => (e.clientId === entry.clientId ? { ...e, error: result.message } : e)) });
        await persist();
        scheduleRetry?.(() => void flush());
        return; // no signal or a busy server: the rest would fail the same way
      } else {
        publish({ outbox: snapshot.outbox.map((e) => (e.clientId === entry.clientId ? { ...e, state: "failed" as const, error: result.message } : e)) });
        await persist();
      }
    }
  }

  /** Sends what waits; calls while a run is going join it (and make it look once more at the end). */
  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      await load();
      do {
        again = false;
        await sendWaiting();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    load,
    flush,
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Puts a finished draft in the outbox (once per clientId) and tries to send it now. */
    async add(ward: string, request: NewRequest, photos: string[]): Promise<void> {
      await load();
      if (!snapshot.outbox.some((e) => e.clientId === request.clientId) && !snapshot.sent.some((s) => s.clientId === request.clientId)) {
        const entry: OutboxEntry = { clientId: request.clientId, ward, request, photos, createdAt: now().toISOString(), state: "waiting" };
        publish({ outbox: [...snapshot.outbox, entry] });
        await persist();
      }
      // Not awaited: a photo on weak 3G can take a minute; the screen follows the outbox instead.
      void flush();
    },
    /** "Gửi lại" after a refusal: the resident may have fixed nothing, but the server may have changed. */
    async retry(clientId: string): Promise<void> {
      await load();
      publish({ outbox: snapshot.outbox.map((e) => (e.clientId === clientId ? { clientId: e.clientId, ward: e.ward, request: e.request, photos: e.photos, createdAt: e.createdAt, state: "waiting" as const } : e)) });
      await persist();
      await flush();
    },
    async discard(clientId: string): Promise<void> {
      await load();
      publish({ outbox: snapshot.outbox.filter((e) => e.clientId !== clientId) });
      await persist();
    },
  };
}

export type RequestStore = ReturnType<typeof createRequestStore>;
