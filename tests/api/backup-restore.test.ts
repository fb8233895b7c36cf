import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildApp } from "../../src/server/app";
import { loadConfig } from "../../src/server/config";
import { openDatabase, type Database } from "../../src/server/db/database";
import { prepareDatabase } from "../../src/server/db/prepare";

const REPO_ROOT = join(import.meta.dirname, "../..");
const clock = () => new Date("2026-12-01T09:00:00+07:00");
const root = mkdtempSync(join(tmpdir(), "cds-backup-"));
const original = join(root, "data");
const backupFile = join(root, "copy for the USB stick.tar.gz");
const NOTICE = "Lịch tiếp dân tháng 12: thứ Năm, 04/12/2026";
const NOTE = "Nộp ở quầy số 3, mang theo bản chính.";

/** `npm run backup` / `npm run restore` as a clerk runs them, with DATA_DIR pointing where the test says. */
async function run(command: "backup" | "restore", args: string[], dataDir: string) {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: undefined };
  const cli = [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "src/server/cli/backup.ts", command, ...args];
  return promisify(execFile)(process.execPath, cli, { cwd: REPO_ROOT, env, encoding: "utf8" }).then(
    (done) => ({ code: 0, output: done.stdout + done.stderr }),
    (failed: { code: number; stdout: string; stderr: string }) => ({ code: failed.code, output: failed.stdout + failed.stderr }),
  );
}

/** What the app serves from a database: the announcements list and one procedure with the ward's note. */
async function served(db: Database, slug: string) {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: "test", RESPONSE_CACHE_TTL_MS: "0" }), db, clock });
  try {
    const announcements = (await app.inject("/api/v1/wards/hoa-cuong/announcements")).json<{ items: { title: string }[] }>();
    const procedure = (await app.inject(`/api/v1/wards/hoa-cuong/procedures/${slug}`)).json<{ ward: { note: string | null } }>();
    return { announcements, procedure };
  } finally {
    await app.close();
  }
}

let slug = "";
let before: Awaited<ReturnType<typeof served>>;

// The embedded database only: PostgreSQL is backed up with pg_dump (README).
describe.skipIf(process.env.API_TEST_DB === "postgres")("npm run backup and npm run restore", () => {
  beforeAll(async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: original });
    await prepareDatabase(db, { demo: true });
    // Rows the seed would not bring back, so a restore that silently reseeded would be caught.
    await db.query(
      `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, publish_at, author)
       values ('hoa-cuong', $1, 'Tiếp dân.', '<p>Tiếp dân.</p>', 'Tiếp dân.', 'notice', 'published', '2026-11-30T08:00:00+07:00', 'test')`,
      [NOTICE],
    );
    slug = (await db.query<{ slug: string }>("select slug from procedures order by slug limit 1"))[0]?.slug ?? "";
    await db.query(
      `insert into ward_procedures (ward_slug, procedure_slug, note) values ('hoa-cuong', $1, $2)
       on conflict (ward_slug, procedure_slug) do update set note = excluded.note`,
      [slug, NOTE],
    );
    before = await served(db, slug);
    expect(before.announcements.items.map((a) => a.title)).toContain(NOTICE);
    expect(before.procedure.ward.note).toBe(NOTE);
    await db.close();
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("refuses while a server holds the data folder", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: original });
    try {
      const refused = await run("backup", [backupFile], original);
      expect(refused.code).toBe(1);
      // The server's lock file or PGlite's own open marker: either way the clerk is told to stop the server.
      expect(refused.output).toMatch(/(đang mở|đang dùng dữ liệu) .*Hãy dừng máy chủ/);
      expect(existsSync(backupFile)).toBe(false);
    } finally {
      await db.close();
    }
    // The server's own lock file, with a live process id (this one), refuses too.
    writeFileSync(join(original, "cong-dan-so.lock"), String(process.pid));
    const locked = await run("backup", [backupFile], original);
    rmSync(join(original, "cong-dan-so.lock"));
    expect(locked.output).toMatch(new RegExp(`Một máy chủ đang dùng dữ liệu .*tiến trình ${process.pid}`));
  }, 120_000);

  it("saves one file and restores it into a fresh folder that serves the same content", async () => {
    const saved = await run("backup", [backupFile], original);
    expect(saved.output).toContain("Đã sao lưu vào");
    expect(saved.code).toBe(0);

    const fresh = join(root, "another machine", "data");
    const restored = await run("restore", [backupFile], fresh);
    expect(restored.output).toContain("Đã khôi phục");
    expect(restored.code).toBe(0);

    const db = await openDatabase({ kind: "pglite", dataDir: fresh });
    try {
      expect(await served(db, slug)).toEqual(before);
    } finally {
      await db.close();
    }
  }, 180_000);

  it("keeps the data it replaces, and changes nothing when the file is not a backup", async () => {
    const notBackup = join(root, "danh-sach.xlsx");
    writeFileSync(notBackup, "PK not a backup");
    const refused = await run("restore", [notBackup], original);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/không phải tệp sao lưu/);

    const replaced = await run("restore", [backupFile], original);
    expect(replaced.code).toBe(0);
    const kept = readdirSync(root).filter((name) => name.startsWith("data.before-restore-"));
    expect(kept).toHaveLength(1);
    expect(replaced.output).toContain(kept[0]);
    const db = await openDatabase({ kind: "pglite", dataDir: original });
    try {
      expect(await served(db, slug)).toEqual(before);
    } finally {
      await db.close();
    }
  }, 180_000);
});
