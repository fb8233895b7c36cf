import type { Database } from "../database";
import { loadGuideCatalogue } from "./catalogue/load-guides";
import { loadProcedureCatalogue } from "./catalogue/load-procedures";

/**
 * Adds catalogue procedures and guides the database does not have yet. It never overwrites a row: once a
 * procedure is in the database, staff own its content (console edits survive restarts and upgrades).
 */
export async function seedCatalogue(db: Database): Promise<{ added: number }> {
  const procedures = loadProcedureCatalogue();
  const guides = loadGuideCatalogue();
  return db.transaction(async (tx) => {
    let added = 0;
    for (const g of guides) {
      const rows = await tx.query(
        `insert into guides (slug, topic, title, content, checked_at)
         values ($1, $2, $3, $4, $5) on conflict (slug) do nothing returning slug`,
        [g.slug, g.topic, g.title, JSON.stringify(g), g.checkedAt],
      );
      added += rows.length;
    }
    for (const p of procedures) {
      const rows = await tx.query(
        `insert into procedures (slug, code, field, name, content, checked_at)
         values ($1, $2, $3, $4, $5, $6) on conflict (slug) do nothing returning slug`,
        [p.slug, p.code, p.field, p.name, JSON.stringify(p), p.checkedAt],
      );
      added += rows.length;
    }
    return { added };
  });
}
