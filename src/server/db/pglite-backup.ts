import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { alive, LOCK_FILE as SERVER_LOCK } from "./data-dir-lock";

/**
 * Backup and restore of the embedded database as one .tar.gz file (PGlite's own dumpDataDir and
 * loadDataDir: the data folder itself, so a restore is exactly the state that was saved).
 */
export class BackupError extends Error {
  override name = "BackupError";
}

const EXTENSIONS = { extensions: { unaccent, pg_trgm } };
// PGlite writes this while a process has the folder open and removes it on a clean close.
const OPEN_MARKER = "postmaster.pid";


/**
 * A copy taken while a server writes would be torn, and a restore under a running server would be
 * overwritten by it; so both refuse unless the folder is closed.
 */
export function assertDataDirClosed(dataDir: string): void {
  const lock = resolve(dataDir, SERVER_LOCK);
  if (existsSync(lock)) {
    const holder = Number(readFileSync(lock, "utf8").trim());
    if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
      throw new BackupError(
        `Một máy chủ đang dùng dữ liệu ở ${dataDir} (tiến trình ${holder}). Hãy dừng máy chủ (Ctrl+C) rồi chạy lại lệnh. / A running server (process ${holder}) holds ${dataDir}; stop it first.`,
      );
    }
  }
  if (existsSync(resolve(dataDir, OPEN_MARKER))) {
    throw new BackupError(
      `Dữ liệu ở ${dataDir} đang mở (có tệp ${OPEN_MARKER}): một máy chủ đang chạy, hoặc lần trước bị tắt đột ngột. Hãy dừng máy chủ (Ctrl+C); nếu không có máy chủ nào chạy, mở rồi tắt nó một lần (npm start, rồi Ctrl+C) để đóng dữ liệu cho đúng, rồi chạy lại lệnh. / ${dataDir} is open: a server runs, or the last one was killed. Stop it, or start and stop it once, then try again.`,
    );
  }
}

const isEmptyOrMissing = (dir: string): boolean => !existsSync(dir) || readdirSync(dir).length === 0;

/** Writes the whole embedded database to `file` (.tar.gz); returns its size in bytes. */
export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  if (isEmptyOrMissing(dataDir) || !existsSync(resolve(dataDir, "PG_VERSION"))) {
    throw new BackupError(`Không có dữ liệu nào ở ${dataDir} để sao lưu. / There is no database in ${dataDir}.`);
  }
  assertDataDirClosed(dataDir);
  const db = await PGlite.create(dataDir, EXTENSIONS);
  try {
    const dump = await db.dumpDataDir("gzip");
    const bytes = Buffer.from(await dump.arrayBuffer());
    mkdirSync(dirname(resolve(file)), { recursive: true });
    // Written beside and renamed, so an interrupted backup never leaves a file that looks complete.
    writeFileSync(`${file}.partial`, bytes);
    renameSync(`${file}.partial`, file);
    return bytes.length;
  } finally {
    await db.close();
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Replaces the embedded database with the one in `file`. The current folder is kept beside it
 * (`<DATA_DIR>.before-restore-<time>`) and put back if the file cannot be loaded: no data is lost.
 * Returns where the previous data was kept, or null when the folder was empty.
 */
export async function restoreDataDir(file: string, dataDir: string, now = new Date()): Promise<string | null> {
  if (!existsSync(file)) throw new BackupError(`Không thấy tệp sao lưu ${file}. / Backup file not found.`);
  const bytes = readFileSync(file);
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    throw new BackupError(`${file} không phải tệp sao lưu (.tar.gz của npm run backup). / Not a backup made by npm run backup.`);
  }
  let keptAt: string | null = null;
  if (!isEmptyOrMissing(dataDir)) {
    assertDataDirClosed(dataDir);
    keptAt = `${resolve(dataDir)}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, keptAt);
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    const db = await PGlite.create(dataDir, { ...EXTENSIONS, loadDataDir: new Blob([bytes]) });
    // A file that unpacks but is no database fails here, not at the next start.
    await db.query("select 1 from wards limit 1");
    await db.close();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    if (keptAt) renameSync(keptAt, dataDir);
    throw new BackupError(
      `Không khôi phục được từ ${file}; dữ liệu cũ vẫn giữ nguyên. / Could not restore (${(error as Error).message}); the previous data is unchanged.`,
    );
  }
  return keptAt;
}
