import type { AnnouncementPage } from "../../../src/shared/schemas/announcement";
import type { ManagedAnnouncement } from "../../../src/shared/schemas/announcement-admin";
import type { Session } from "../../../src/shared/schemas/staff";
import { HOME_LIST_PATH, WARD_PATH } from "./load-mix";

export type PublishReport = {
  attempted: number;
  succeeded: number;
  /** Published and then found on the public home list by a plain GET right after. */
  visible: number;
  createMs: number[];
  publishMs: number[];
  failures: string[];
};

type SignedIn = { cookie: string; csrf: string };

async function signIn(origin: string, login: string, password: string): Promise<SignedIn> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("cds_session="));
  if (!cookie) throw new Error("sign-in set no cds_session cookie");
  return { cookie: cookie.split(";")[0] ?? "", csrf: ((await res.json()) as Session).csrfToken };
}

async function timedPost<T>(origin: string, who: SignedIn, path: string, body: unknown, expected: number): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const res = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: who.cookie, "x-csrf-token": who.csrf },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status}: ${text.slice(0, 200)}`);
  return { ms, value: JSON.parse(text) as T };
}

/**
 * An editor at the console, signed in: once started, once a second writes an announcement,
 * publishes it, then checks like a resident's app would, with a plain GET of the home list, that it
 * is there. A publish slower than a second delays the next one rather than overlapping it.
 */
export async function signInPublisher(origin: string, credentials: { login: string; password: string }, intervalMs = 1_000) {
  const who = await signIn(origin, credentials.login, credentials.password);
  const report: PublishReport = { attempted: 0, succeeded: 0, visible: 0, createMs: [], publishMs: [], failures: [] };
  let stopped = false;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function publishOne(n: number): Promise<void> {
    report.attempted++;
    const created = await timedPost<ManagedAnnouncement>(origin, who, `${WARD_PATH}/announcements`, {
      title: `Thông báo thử tải số ${n}`,
      body: `Nội dung **thử tải** số ${n}, đăng lúc ${new Date().toISOString()}.`,
      category: "notice",
    }, 201);
    report.createMs.push(created.ms);
    const published = await timedPost<ManagedAnnouncement>(origin, who, `${WARD_PATH}/announcements/${created.value.id}/publish`, { version: created.value.version }, 200);
    report.publishMs.push(published.ms);
    if (published.value.status !== "published") throw new Error(`announcement ${created.value.id} is ${published.value.status} after publish`);
    report.succeeded++;
    const home = await fetch(`${origin}${HOME_LIST_PATH}`);
    if (home.status !== 200) throw new Error(`GET ${HOME_LIST_PATH} answered ${home.status}`);
    const page = (await home.json()) as AnnouncementPage;
    if (page.items.some((item) => item.id === created.value.id)) report.visible++;
    else report.failures.push(`announcement ${created.value.id} published but not on the home list`);
  }

  const loop = async () => {
    for (let n = 1; !stopped; n++) {
      const started = performance.now();
      try {
        await publishOne(n);
      } catch (error) {
        report.failures.push((error as Error).message);
      }
      if (!stopped) await sleep(Math.max(0, intervalMs - (performance.now() - started)));
    }
  };

  let running: Promise<void> = Promise.resolve();
  return {
    start(): void {
      running = loop();
    },
    async stop(): Promise<PublishReport> {
      stopped = true;
      await running;
      return report;
    },
  };
}
