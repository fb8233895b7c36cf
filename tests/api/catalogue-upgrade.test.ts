import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../src/server/db/prepare";
import { seedCatalogue } from "../../src/server/db/seed/seed-catalogue";
import { loadProcedureCatalogue } from "../../src/server/db/seed/catalogue/load-procedures";
import { openTestDatabase, type TestDatabase } from "./test-database";

// A ward that installed an older release must get the corrected catalogue on its next start:
// a wrong document list must not survive an upgrade.
let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  await prepareDatabase(t.db, { demo: false });
});
afterAll(async () => {
  await t?.drop();
});

const OLD_TEXT = "Bản cũ: Giấy xác nhận tình trạng hôn nhân";

describe("catalogue upgrade on start", () => {
  it("changes nothing when the database already matches the files", async () => {
    expect(await seedCatalogue(t.db)).toEqual({ added: 0, updated: 0 });
  });

  it("replaces an outdated procedure with the file's text and bumps its version", async () => {
    await t.db.query(`update procedures set content = jsonb_set(content, '{summary}', to_jsonb($1::text)) where slug = 'dang-ky-ket-hon'`, [OLD_TEXT]);
    const [before] = await t.db.query<{ version: number }>("select version from procedures where slug = 'dang-ky-ket-hon'");
    expect(await seedCatalogue(t.db)).toEqual({ added: 0, updated: 1 });
    const [after] = await t.db.query<{ summary: string; version: number }>(
      "select content->>'summary' as summary, version from procedures where slug = 'dang-ky-ket-hon'",
    );
    const file = loadProcedureCatalogue().find((p) => p.slug === "dang-ky-ket-hon");
    expect(after?.summary).toBe(file?.summary);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
  });

  it("adds a procedure that a newer release brings", async () => {
    await t.db.query("delete from procedures where slug = 'dang-ky-khai-tu'");
    expect(await seedCatalogue(t.db)).toEqual({ added: 1, updated: 0 });
  });

  it("follows the file for a guide nobody edited, and keeps a guide a national editor rewrote", async () => {
    await t.db.query(`update guides set content = jsonb_set(content, '{summary}', to_jsonb($1::text)) where slug = 'vneid-quen-passcode'`, [OLD_TEXT]);
    await t.db.query(
      `update guides set content = jsonb_set(content, '{summary}', to_jsonb($1::text)), version = 2 where slug = 'vneid-quen-mat-khau'`,
      ["Biên tập viên quốc gia đã sửa"],
    );
    expect(await seedCatalogue(t.db)).toEqual({ added: 0, updated: 1 });
    const rows = await t.db.query<{ slug: string; summary: string }>(
      "select slug, content->>'summary' as summary from guides where slug in ('vneid-quen-passcode', 'vneid-quen-mat-khau') order by slug",
    );
    expect(rows.find((r) => r.slug === "vneid-quen-passcode")?.summary).not.toBe(OLD_TEXT);
    expect(rows.find((r) => r.slug === "vneid-quen-mat-khau")?.summary).toBe("Biên tập viên quốc gia đã sửa");
  });
});
