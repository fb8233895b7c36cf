import { resolve } from "node:path";
import { runCli } from "./run-cli";
import { loadConfig } from "../config";
import { BackupError, backupDataDir, restoreDataDir } from "../db/pglite-backup";

const USAGE = `Usage:
  npm run backup [-- <file.tar.gz>]   saves the embedded database (DATA_DIR) into one file
                                      (default: backups/cong-dan-so-<date>-<time>.tar.gz)
  npm run restore -- <file.tar.gz>    replaces DATA_DIR with that backup; the old folder is kept beside it
Stop the server first. With DATABASE_URL (PostgreSQL) use pg_dump / pg_restore (see README).`;

const say = (line: string) => process.stdout.write(`${line}\n`);

/** backups/cong-dan-so-2026-12-01-0930.tar.gz: sorts by time and says what it is. */
export function defaultBackupName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `backups/cong-dan-so-${stamp}.tar.gz`;
}

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  const config = loadConfig();
  if (config.database.kind === "postgres") {
    say("DATABASE_URL trỏ tới PostgreSQL: hãy dùng pg_dump / pg_restore (xem README). / PostgreSQL is backed up with pg_dump.");
    say('  pg_dump --format=custom --file=cong-dan-so.dump "$DATABASE_URL"');
    return 2;
  }
  const { dataDir } = config.database;
  if (command === "backup") {
    const target = resolve(file ?? defaultBackupName(new Date()));
    const bytes = await backupDataDir(dataDir, target);
    say(`Đã sao lưu vào ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB). Hãy chép tệp này ra nơi khác (USB, ổ mạng). / Saved.`);
    return 0;
  }
  if (command === "restore" && file) {
    const keptAt = await restoreDataDir(resolve(file), dataDir);
    say(`Đã khôi phục ${dataDir} từ ${file}. / Restored.`);
    if (keptAt) say(`Dữ liệu trước đó được giữ ở ${keptAt}. / The previous data is kept there.`);
    say("Chạy npm start như thường lệ. / Start the server as usual.");
    return 0;
  }
  say(USAGE);
  return 2;
}

await runCli(main, [BackupError]);
