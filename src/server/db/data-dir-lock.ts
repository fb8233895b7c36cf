import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded database is one process's files: a second process that opens them (say
 * `npm run staff` beside `npm start`) writes changes the first one never sees and later overwrites.
 * So whoever opens DATA_DIR first holds this lock file until it closes; a lock whose process is gone
 * (killed with -9) is taken over.
 */
export class DataDirBusyError extends Error {
  override name = "DataDirBusyError";
}

export const LOCK_FILE = "cong-dan-so.lock";

/** True while the process exists (EPERM: it exists but belongs to someone else). */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes the lock or throws DataDirBusyError naming the holder; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(path, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new DataDirBusyError(
          `Một máy chủ đang dùng dữ liệu ở ${dataDir} (tiến trình ${holder}). Hãy dừng máy chủ (Ctrl+C) rồi chạy lại lệnh. / The embedded database in ${dataDir} is in use by a running server (process ${holder}). Stop that server first (Ctrl+C), then run this command again; or set DATABASE_URL to use PostgreSQL, which any number of processes can share.`,
        );
      }
      rmSync(path, { force: true }); // its process is gone
    }
  }
  throw new DataDirBusyError(`Could not lock ${path}; another process keeps taking it.`);
}
