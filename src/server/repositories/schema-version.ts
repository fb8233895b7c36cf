import type { Database } from "../db/database";
import { currentMigration } from "../db/migrate";

/** The newest migration applied; /health asks it to prove the database answers (routes run no SQL). */
export function latestMigration(db: Database): Promise<number | null> {
  return currentMigration(db);
}
