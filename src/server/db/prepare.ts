import { ensureFirstAdmin } from "../services/staff-accounts";
import type { Database } from "./database";
import { migrate } from "./migrate";
import { seedCatalogue } from "./seed/seed-catalogue";
import { seedDemo } from "./seed/seed-demo";

// Not the migrations' own key: each migration takes that one inside its transaction, on another connection.
const PREPARE_LOCK_KEY = 727_2026;

/**
 * What every start does before serving: migrate, add new catalogue content, seed an empty database,
 * create the first admin. All of it under one lock, so instances starting together on an empty
 * PostgreSQL do it once, in turn, instead of racing on the same rows.
 */
export async function prepareDatabase(db: Database, { demo, bootstrapAdmin }: { demo: boolean; bootstrapAdmin?: { login?: string | undefined; password?: string | undefined } }) {
  return db.exclusive(PREPARE_LOCK_KEY, async () => {
    const migrationsApplied = await migrate(db);
    const { added: proceduresAdded } = await seedCatalogue(db);
    const demoSeeded = demo ? (await seedDemo(db)).seeded : false;
    const firstAdmin = bootstrapAdmin ? await ensureFirstAdmin(db, bootstrapAdmin) : null;
    return { migrationsApplied, proceduresAdded, demoSeeded, firstAdmin };
  });
}
