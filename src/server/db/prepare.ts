import type { Database } from "./database";
import { migrate } from "./migrate";
import { seedCatalogue } from "./seed/seed-catalogue";
import { seedDemo } from "./seed/seed-demo";

/** What every start does before serving: migrate, add new catalogue content, seed an empty database. */
export async function prepareDatabase(db: Database, { demo }: { demo: boolean }) {
  const migrationsApplied = await migrate(db);
  const { added: proceduresAdded } = await seedCatalogue(db);
  const demoSeeded = demo ? (await seedDemo(db)).seeded : false;
  return { migrationsApplied, proceduresAdded, demoSeeded };
}
