import type { Database } from "../database";
import { loadProcedureCatalogue } from "./catalogue/load-procedures";

/**
 * Adds catalogue procedures the database does not have yet. It never overwrites a row: once a
 * procedure is in the database, staff own its content (console edits survive restarts and upgrades).
 */
export async function seedCatalogue(db: Database): Promise<{ added: number }> {
  const procedures = loadProcedureCatalogue();
  return db.transaction(async (tx) => {
    let added = 0;
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
