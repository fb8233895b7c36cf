import { readStoredFile, type StoredFile } from "../repositories/stored-files";
import { photoFileId, type RequestRow } from "../repositories/requests";
import type { ServiceContext } from "./versioned-change";

/** Photo n of a request already checked to be the caller's to see; null when there is none. */
export async function photoBytes(ctx: ServiceContext, r: RequestRow, n: number): Promise<StoredFile | null> {
  const id = await photoFileId(ctx.db, r.id, n);
  return id === null ? null : readStoredFile(ctx.db, r.wardSlug, id);
}
