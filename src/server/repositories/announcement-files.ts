import type { Queryable } from "../db/database";
import { announcementEndpoints } from "../../shared/api/announcements";
import type { Attachment } from "../../shared/schemas/announcement";

type Row = { announcement_id: number; id: string; name: string; media_type: string; byte_size: number; width: number | null; height: number | null };

/** The pictures and PDFs of each announcement, in the order they were added. */
export async function attachmentsOf(db: Queryable, announcements: { id: number; ward: string }[]): Promise<Map<number, Attachment[]>> {
  const result = new Map<number, Attachment[]>();
  if (announcements.length === 0) return result;
  const wardOf = new Map(announcements.map((a) => [a.id, a.ward]));
  const rows = await db.query<Row>(
    `select af.announcement_id, f.id, f.name, f.media_type, f.byte_size, f.width, f.height
     from announcement_files af join stored_files f on f.id = af.file_id
     where af.announcement_id = any($1::integer[]) order by af.announcement_id, af.position`,
    [announcements.map((a) => a.id)],
  );
  for (const r of rows) {
    const list = result.get(r.announcement_id) ?? [];
    const id = Number(r.id);
    list.push({
      id,
      name: r.name,
      mediaType: r.media_type,
      byteSize: r.byte_size,
      width: r.width,
      height: r.height,
      url: announcementEndpoints.publicFile.url({ ward: wardOf.get(r.announcement_id) ?? "", id: r.announcement_id, fileId: id }),
    });
    result.set(r.announcement_id, list);
  }
  return result;
}

export async function attachFile(tx: Queryable, announcementId: number, fileId: number): Promise<void> {
  await tx.query(
    `insert into announcement_files (announcement_id, file_id, position)
     values ($1, $2, coalesce((select max(position) from announcement_files where announcement_id = $1), 0) + 1)`,
    [announcementId, fileId],
  );
}

/** Detaches the file and deletes its bytes; false when it was not this announcement's. */
export async function removeFile(tx: Queryable, announcementId: number, fileId: number): Promise<boolean> {
  const rows = await tx.query("delete from announcement_files where announcement_id = $1 and file_id = $2 returning file_id", [announcementId, fileId]);
  if (rows.length === 0) return false;
  await tx.query("delete from stored_files where id = $1", [fileId]);
  return true;
}

/** Whether `fileId` belongs to announcement `id` of `ward` (the public file route checks visibility separately). */
export async function isFileOf(db: Queryable, ward: string, id: number, fileId: number): Promise<boolean> {
  const rows = await db.query(
    "select 1 from announcement_files af join announcements a on a.id = af.announcement_id where a.ward_slug = $1 and a.id = $2 and af.file_id = $3",
    [ward, id, fileId],
  );
  return rows.length > 0;
}
