import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/database";
import { prepareDatabase } from "../db/prepare";
import { createProcedureSearch } from "../../shared/search/procedure-search";
import type { ProcedurePage } from "../../shared/schemas/procedure-api";
import type { Office } from "../../shared/schemas/ward";
import { findWardProcedure, loadWardProcedures, pageOfProcedures } from "./procedures";
import { requireWard } from "./wards";

// The ward's procedures are kept in memory between requests; these check that what is served is
// still exactly what the database holds, however it was changed.
const WARD = "hoa-cuong";

async function demoDatabase(): Promise<Database> {
  const db = await openDatabase({ kind: "pglite", dataDir: ":memory:" });
  await prepareDatabase(db, { demo: true });
  return db;
}

describe("ward procedures kept in memory", () => {
  let db: Database;
  let offices: Office[];
  beforeAll(async () => {
    db = await demoDatabase();
    offices = (await requireWard(db, WARD)).offices;
  }, 60_000);
  afterAll(() => db.close());

  it("reuses the loaded procedures while nothing changed", async () => {
    const first = await loadWardProcedures(db, WARD, offices);
    expect(first.items.length).toBeGreaterThan(20);
    expect(await loadWardProcedures(db, WARD, offices)).toBe(first);
  });

  it("sees a change made by plain SQL, to the national content or to the ward's part", async () => {
    const before = await loadWardProcedures(db, WARD, offices);
    const [target, other] = before.items;
    if (!target || !other) throw new Error("demo has procedures");
    await db.query(`update procedures set content = jsonb_set(content, '{name}', '"Tên đã sửa bằng SQL"') where slug = $1`, [target.slug]);
    const renamed = await loadWardProcedures(db, WARD, offices);
    expect(renamed.items.find((p) => p.slug === target.slug)?.name).toBe("Tên đã sửa bằng SQL");
    expect(pageOfProcedures(renamed, { q: "ten da sua bang sql", limit: 5 }).items[0]?.slug).toBe(target.slug);

    await db.query(
      `insert into ward_procedures (ward_slug, procedure_slug, hidden) values ($1, $2, true)
       on conflict (ward_slug, procedure_slug) do update set hidden = true`,
      [WARD, other.slug],
    );
    expect((await loadWardProcedures(db, WARD, offices)).items.some((p) => p.slug === other.slug)).toBe(false);
    expect(await findWardProcedure(db, WARD, offices, other.slug)).toBeNull();

    await db.query("delete from procedures where slug = $1", [target.slug]);
    expect((await loadWardProcedures(db, WARD, offices)).items.some((p) => p.slug === target.slug)).toBe(false);
  });

  it("follows the ward's offices, which a ward edit changes without touching procedures", async () => {
    const moved = offices.map((o) => ({ ...o, address: `${o.address} (đã chuyển)` }));
    const { items } = await loadWardProcedures(db, WARD, moved);
    expect(items.every((p) => p.ward.office === null || p.ward.office.address.endsWith("(đã chuyển)"))).toBe(true);
  });

  it("keeps one database's procedures apart from another's", async () => {
    const other = await demoDatabase();
    try {
      await other.query("delete from procedures where slug in (select slug from procedures order by slug limit 5)");
      const mine = await loadWardProcedures(db, WARD, offices);
      const theirs = await loadWardProcedures(other, WARD, offices);
      expect(theirs).not.toBe(mine);
      const [count] = await other.query<{ n: number }>("select count(*)::int as n from procedures");
      expect(theirs.items).toHaveLength(count?.n ?? -1);
    } finally {
      await other.close();
    }
  }, 60_000);

  it("pages a search exactly as ranking every hit would, cursor after cursor", async () => {
    const procedures = await loadWardProcedures(db, WARD, offices);
    const everyHit = createProcedureSearch(procedures.items).search("dang ky", procedures.items.length);
    expect(everyHit.length).toBeGreaterThan(6);
    const seen: ProcedurePage["items"] = [];
    let cursor: string | undefined;
    do {
      const page = pageOfProcedures(procedures, { q: "dang ky", cursor, limit: 4 });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((p) => [p.slug, p.matchedTerms])).toEqual(everyHit.map((hit) => [hit.slug, hit.terms]));
  });

  it("filters by field after ranking, and browses most asked first in both cases", async () => {
    const procedures = await loadWardProcedures(db, WARD, offices);
    const all = pageOfProcedures(procedures, { limit: 50 }).items;
    const inField = pageOfProcedures(procedures, { field: "ho-tich", limit: 50 }).items;
    expect(inField.map((p) => p.slug)).toEqual(all.filter((p) => p.field === "ho-tich").map((p) => p.slug));
    const searched = pageOfProcedures(procedures, { q: "khai sinh", limit: 50 }).items;
    const searchedInField = pageOfProcedures(procedures, { q: "khai sinh", field: "ho-tich", limit: 50 }).items;
    expect(searchedInField).toEqual(searched.filter((p) => p.field === "ho-tich"));
  });
});
