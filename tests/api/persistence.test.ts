import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../src/server/db/migrate";
import { seedDemo } from "../../src/server/db/seed/seed-demo";
import { openTestDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ persistent: true });
});
afterAll(async () => {
  await t?.drop();
});

const count = async (table: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;

describe("migrations and demo content", () => {
  it("migrates an empty database, then finds nothing left to do", async () => {
    expect(await migrate(t.db)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(t.db)).toEqual([]);
  });

  it("has unaccent and pg_trgm for search", async () => {
    const [row] = await t.db.query<{ plain: string; sim: number }>("select unaccent('Hòa Cường Đà Nẵng') as plain, similarity('hoa cuong', 'hoa cuong nam') as sim");
    expect(row?.plain).toBe("Hoa Cuong Da Nang");
    expect(row?.sim).toBeGreaterThan(0.5);
  });

  it("seeds the demo ward once, and never again", async () => {
    expect(await seedDemo(t.db)).toEqual({ seeded: true });
    const announcements = await count("announcements");
    expect(announcements).toBeGreaterThanOrEqual(8);
    // A clerk deletes a demo notice; a restart must not bring it back.
    await t.db.query("delete from announcements where id = (select min(id) from announcements)");
    expect(await seedDemo(t.db)).toEqual({ seeded: false });
    expect(await count("announcements")).toBe((announcements ?? 0) - 1);
  });

  it("keeps everything after the database is closed and opened again", async () => {
    const before = await t.db.query("select id, title, publish_at from announcements order by id");
    await t.db.close();
    const reopened = await t.reopen();
    expect(await reopened.query("select id, title, publish_at from announcements order by id")).toEqual(before);
    expect(await migrate(reopened)).toEqual([]);
  });

  it("stops loudly on a broken migration and applies none of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cds-migrations-"));
    try {
      const real = readMigrations();
      real.forEach((m) => writeFileSync(join(dir, `${String(m.version).padStart(4, "0")}-${m.name}.sql`), m.sql));
      const next = String(real.length + 1).padStart(4, "0");
      writeFileSync(join(dir, `${next}-broken.sql`), "create table half_done (id int);\nselect * from no_such_table;");
      await expect(migrate(t.db, readMigrations(dir))).rejects.toThrow(new RegExp(`Migration ${real.length + 1} \\(broken\\) failed`));
      expect(await t.db.query("select 1 from information_schema.tables where table_name = 'half_done'")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses migration files with gaps in their numbers", () => {
    const dir = mkdtempSync(join(tmpdir(), "cds-migrations-"));
    try {
      writeFileSync(join(dir, "0001-a.sql"), "select 1;");
      writeFileSync(join(dir, "0003-c.sql"), "select 1;");
      expect(() => readMigrations(dir)).toThrow(/without gaps/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
