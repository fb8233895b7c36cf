import type { Queryable } from "../db/database";

/** A file as the rest of the server sees it, without its bytes. */
export type StoredFileInfo = { id: number; mediaType: string; name: string; byteSize: number; width: number | null; height: number | null; sha256: string };
export type StoredFile = StoredFileInfo & { data: Buffer };
export type NewStoredFile = Omit<StoredFileInfo, "id" | "byteSize"> & { data: Buffer };

type Row = { id: string; media_type: string; name: string; byte_size: number; width: number | null; height: number | null; sha256: string };
const INFO = "id, media_type, name, byte_size, width, height, sha256";
const toInfo = (r: Row): StoredFileInfo => ({ id: Number(r.id), mediaType: r.media_type, name: r.name, byteSize: r.byte_size, width: r.width, height: r.height, sha256: r.sha256 });

export async function insertStoredFile(tx: Queryable, ward: string, file: NewStoredFile): Promise<StoredFileInfo> {
  const [row] = await tx.query<Row>(
    `insert into stored_files (ward_slug, media_type, name, byte_size, width, height, sha256, data)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${INFO}`,
    [ward, file.mediaType, file.name, file.data.length, file.width, file.height, file.sha256, file.data],
  );
  return toInfo(row!);
}

/** The file with its bytes, only if it belongs to `ward` (a file id from another ward reads as missing). */
export async function readStoredFile(db: Queryable, ward: string, id: number): Promise<StoredFile | null> {
  const [row] = await db.query<Row & { data: Uint8Array }>(`select ${INFO}, data from stored_files where id = $1 and ward_slug = $2`, [id, ward]);
  return row ? { ...toInfo(row), data: Buffer.from(row.data) } : null;
}

export async function storedFileInfos(db: Queryable, ids: number[]): Promise<StoredFileInfo[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<Row>(`select ${INFO} from stored_files where id = any($1::bigint[]) order by id`, [ids]);
  return rows.map(toInfo);
}

/** Deletes the files and returns how many went (the retention job reports it). */
export async function deleteStoredFiles(tx: Queryable, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.query<{ id: string }>("delete from stored_files where id = any($1::bigint[]) returning id", [ids]);
  return rows.length;
}
