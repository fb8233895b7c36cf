import type { Database } from "../db/database";
import { deleteStoredFiles } from "../repositories/stored-files";
import { removePersonalData, requestsPastRetention } from "../repositories/requests";

const DAY_MS = 86_400_000;

/**
 * Nghị định 13/2023: personal data is kept only as long as needed. Requests closed longer ago than
 * their ward's `retention_months` lose their photos, the resident's contact, Zalo id and location;
 * the text, status and reply stay (they are the ward's record). Returns what was removed.
 */
export async function applyRequestRetention(db: Database, now: Date): Promise<{ requests: number; photos: number }> {
  const due = await requestsPastRetention(db, now);
  let photos = 0;
  for (const r of due) {
    photos += await db.transaction(async (tx) => {
      await removePersonalData(tx, r.id, now);
      return deleteStoredFiles(tx, r.fileIds);
    });
  }
  return { requests: due.length, photos };
}

/** Runs the job now and then daily; the timer does not keep the process alive. Returns a stop function. */
export function scheduleRequestRetention(db: Database, clock: () => Date, onError: (error: unknown) => void, onDone?: (result: { requests: number; photos: number }) => void): () => void {
  const run = () => applyRequestRetention(db, clock()).then((r) => onDone?.(r), onError);
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
