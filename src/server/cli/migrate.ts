import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";

try {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const applied = await migrate(db);
    process.stdout.write(applied.length ? `Applied migrations: ${applied.join(", ")}\n` : "The database is up to date.\n");
  } finally {
    await db.close();
  }
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
}
