import type { Database } from "../database";
import { loadGuideCatalogue } from "./catalogue/load-guides";
import { loadProcedureCatalogue } from "./catalogue/load-procedures";

/**
 * Brings the national catalogue in the database up to the files shipped with this release.
 *
 * Procedures: the national content is not edited in the console (wards edit only their own part),
 * so a corrected file replaces the stored text. Without that, a ward that installed an older
 * release would keep serving a document list the law no longer asks for. A change bumps
 * updated_at, which also voids the ward's confirmations of the parts that changed.
 *
 * Guides: national editors may rewrite a guide in the console (version > 1); their text is kept.
 * A guide nobody edited follows the file.
 */
export async function seedCatalogue(db: Database): Promise<{ added: number; updated: number }> {
  const procedures = loadProcedureCatalogue();
  const guides = loadGuideCatalogue();
  return db.transaction(async (tx) => {
    let added = 0;
    let updated = 0;
    const count = (rows: { inserted: boolean }[]) => {
      for (const r of rows) {
        if (r.inserted) added++;
        else updated++;
      }
    };
    for (const g of guides) {
      count(
        await tx.query<{ inserted: boolean }>(
          `insert into guides (slug, topic, title, content, checked_at)
           values ($1, $2, $3, $4, $5)
           on conflict (slug) do update
             set topic = excluded.topic, title = excluded.title, content = excluded.content,
                 checked_at = excluded.checked_at, updated_at = now()
             where guides.version = 1 and guides.content is distinct from excluded.content
           returning (xmax = 0) as inserted`,
          [g.slug, g.topic, g.title, JSON.stringify(g), g.checkedAt],
        ),
      );
    }
    for (const p of procedures) {
      count(
        await tx.query<{ inserted: boolean }>(
          `insert into procedures (slug, code, field, name, content, checked_at)
           values ($1, $2, $3, $4, $5, $6)
           on conflict (slug) do update
             set code = excluded.code, field = excluded.field, name = excluded.name, content = excluded.content,
                 checked_at = excluded.checked_at, version = procedures.version + 1, updated_at = now()
             where procedures.content is distinct from excluded.content
           returning (xmax = 0) as inserted`,
          [p.slug, p.code, p.field, p.name, JSON.stringify(p), p.checkedAt],
        ),
      );
    }
    return { added, updated };
  });
}
