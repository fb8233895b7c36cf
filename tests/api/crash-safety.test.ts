import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { ManagedAnnouncement, ManagedAnnouncementList } from "../../src/shared/schemas/announcement-admin";
import type { AuditPage } from "../../src/shared/schemas/audit";
import type { Session } from "../../src/shared/schemas/staff";
import { exited, serverDatabaseEnv, startServerProcess } from "./server-process";

// A server killed with SIGKILL (power cut, OOM killer) in the middle of a burst of publishes must
// come back on its own, with every write it acknowledged and no write half-done.
const dataDir = mkdtempSync(join(tmpdir(), "cds-crash-"));
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.kill("SIGKILL"));
  rmSync(dataDir, { recursive: true, force: true });
});

const ADMIN = { login: "crash-admin", password: "mat-khau-thu-sap-nguon-2026" };
const WORKERS = 6;
const CRASHES = 3;
const PUBLISHED_BEFORE_KILL = 12;
const PREFIX = "Kiểm tra sập nguồn";

type Staff = { base: string; cookie: string; csrf: string };

async function signIn(base: string): Promise<Staff> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ADMIN) });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { base, cookie, csrf: ((await res.json()) as Session).csrfToken };
}

async function call<T>(staff: Staff, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${staff.base}/api/v1${path}`, {
    method,
    headers: { cookie: staff.cookie, "x-csrf-token": staff.csrf, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** What the client was told succeeded: the only writes the server owes after a crash. */
type Acknowledged = { id: number; title: string; published: boolean };

/** Creates and publishes announcements until the process dies under it; failures after the kill are expected. */
async function publishUntilKilled(staff: Staff, worker: string, acknowledged: Acknowledged[], isDead: () => boolean) {
  for (let n = 0; !isDead(); n++) {
    const title = `${PREFIX} ${worker}-${n}`;
    try {
      const created = await call<ManagedAnnouncement>(staff, "POST", "/wards/hoa-cuong/announcements", { title, body: `Nội dung **${title}**.`, category: "notice" });
      if (created.status !== 201) throw new Error(`create answered ${created.status}`);
      const entry = { id: created.json.id, title, published: false };
      acknowledged.push(entry);
      const published = await call<ManagedAnnouncement>(staff, "POST", `/wards/hoa-cuong/announcements/${entry.id}/publish`, { version: created.json.version });
      if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
      entry.published = true;
    } catch (error) {
      if (isDead()) return; // the request was cut by the kill: not acknowledged, owed nothing
      throw error;
    }
  }
}

async function allAudit(staff: Staff): Promise<AuditPage["items"]> {
  const items: AuditPage["items"] = [];
  let before: number | null | undefined;
  do {
    const page = await call<AuditPage>(staff, "GET", `/wards/hoa-cuong/audit?limit=100${before ? `&before=${before}` : ""}`);
    items.push(...page.json.items);
    before = page.json.nextBefore;
  } while (before);
  return items;
}

describe("crash safety", () => {
  it("keeps every acknowledged publish through three kill -9s mid-burst, and restarts without repair", { timeout: 180_000 }, async () => {
    const env = { ...(await serverDatabaseEnv(dataDir)), BOOTSTRAP_ADMIN_LOGIN: ADMIN.login, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: "warn" };
    const acknowledged: Acknowledged[] = [];
    // Three crashes in a row, each at a different moment of the burst: recovery itself must survive a crash.
    for (let round = 0; round < CRASHES; round++) {
      const server = await startServerProcess(env, children);
      const staff = await signIn(server.url);
      let dead = false;
      const before = acknowledged.filter((a) => a.published).length;
      const workers = Array.from({ length: WORKERS }, (_, w) => publishUntilKilled(staff, `${round}.${w}`, acknowledged, () => dead));
      const deadline = Date.now() + 60_000;
      while (acknowledged.filter((a) => a.published).length < before + PUBLISHED_BEFORE_KILL + round * 3 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Killed while every worker still has a request in flight.
      dead = true;
      server.child.kill("SIGKILL");
      await exited(server.child);
      await Promise.all(workers);
    }
    expect(acknowledged.filter((a) => a.published).length).toBeGreaterThanOrEqual(CRASHES * PUBLISHED_BEFORE_KILL);

    const second = await startServerProcess(env, children);
    const again = await signIn(second.url);
    const managed = (await call<ManagedAnnouncementList>(again, "GET", `/wards/hoa-cuong/manage/announcements?q=${encodeURIComponent(PREFIX)}&limit=200`)).json.items;
    const byId = new Map(managed.map((a) => [a.id, a]));
    for (const a of acknowledged) {
      const row = byId.get(a.id);
      expect(row?.title, `announcement ${a.id} was acknowledged`).toBe(a.title);
      if (a.published) {
        expect(row?.status).toBe("published");
        const pub = await fetch(`${second.url}/api/v1/wards/hoa-cuong/announcements/${a.id}`);
        expect(pub.status, `published ${a.id} is visible to residents`).toBe(200);
      }
    }

    // Nothing half-written: every row that exists has the audit entries of the steps it went through,
    // written in the same transaction, and its version counts exactly those steps.
    const audit = await allAudit(again);
    for (const row of managed) {
      const actions = audit.filter((e) => e.entity === "announcement" && e.entityId === String(row.id)).map((e) => e.action).sort();
      expect(actions, `audit of ${row.id}`).toEqual(row.status === "published" ? ["create", "publish"] : ["create"]);
      expect(row.version).toBe(actions.length);
      expect(["draft", "published"]).toContain(row.status);
    }

    const createdInAudit = audit.filter((e) => e.entity === "announcement" && e.action === "create" && String((e.after as { title?: unknown } | null)?.title).startsWith(PREFIX));
    expect(createdInAudit.map((e) => Number(e.entityId)).sort()).toEqual(managed.map((row) => row.id).sort());

    // And it works as before: a new publish goes through and residents see it on the home list.
    const created = await call<ManagedAnnouncement>(again, "POST", "/wards/hoa-cuong/announcements", { title: `${PREFIX} sau khi khởi động lại`, body: "Vẫn đăng được.", category: "notice" });
    expect(created.status).toBe(201);
    const published = await call<ManagedAnnouncement>(again, "POST", `/wards/hoa-cuong/announcements/${created.json.id}/publish`, { version: created.json.version });
    expect(published.status).toBe(200);
    const home = (await (await fetch(`${second.url}/api/v1/wards/hoa-cuong/announcements?limit=5`)).json()) as AnnouncementPage;
    expect(home.items.map((i) => i.id)).toContain(created.json.id);
    second.child.kill("SIGTERM");
    expect(await exited(second.child)).toBe(0);
  });
});
