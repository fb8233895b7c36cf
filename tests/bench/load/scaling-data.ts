import Value from "typebox/value";
import { openDatabase, type Database, type DatabaseTarget } from "../../../src/server/db/database";
import { prepareDatabase } from "../../../src/server/db/prepare";
import { loadProcedureCatalogue } from "../../../src/server/db/seed/catalogue/load-procedures";
import { encodeCursor } from "../../../src/server/lib/cursor";
import { ProcedureContentSchema } from "../../../src/shared/schemas/procedure";
import { generateProcedures, withUniqueCodes } from "../generate-procedures";
import { WARD } from "./load-mix";

const PROCEDURE_BATCH = 1_000;

/** What the scaling benchmark needs to know about the data it made. */
export type ScalingData = {
  announcements: number;
  procedures: number;
  /** The list's cursor after the row in the middle: what nextCursor says on the page that ends there. */
  middleCursor: string;
  /** The cursor one page of `pageSize` earlier, to check that the middle one really is that page's nextCursor. */
  pageBeforeMiddleCursor: string;
  middleProcedureSlug: string;
  seconds: number;
};

/**
 * A database as `npm start` makes it (migrations, catalogue, demo ward), grown to `rows`
 * announcements of the demo ward and `rows` procedures, then closed for the server to open.
 */
export async function prepareScalingDatabase(target: DatabaseTarget, rows: number, pageSize: number): Promise<ScalingData> {
  const started = performance.now();
  const db = await openDatabase(target);
  try {
    await prepareDatabase(db, { demo: true });
    const announcements = await addAnnouncements(db, rows);
    const procedures = await addProcedures(db, rows);
    // Fresh statistics, as autovacuum would have after such growth, so the planner sees the real sizes.
    await db.exec("analyze");
    const middle = Math.floor(announcements / 2);
    return {
      announcements,
      procedures,
      middleCursor: await cursorAfterRow(db, middle - 1),
      pageBeforeMiddleCursor: await cursorAfterRow(db, middle - 1 - pageSize),
      middleProcedureSlug: await procedureSlugAt(db, Math.floor(procedures / 2)),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await db.close();
  }
}

/** Published announcements with the demo's real texts, one a minute further back each, until the ward has `rows`. */
async function addAnnouncements(db: Database, rows: number): Promise<number> {
  const templates = await db.query<{ body: string; body_html: string; excerpt: string }>(
    "select body, body_html, excerpt from announcements where ward_slug = $1 order by id",
    [WARD],
  );
  const existing = templates.length;
  await db.query(
    `insert into announcements (ward_slug, title, body, body_html, excerpt, category, status, publish_at, pinned, author)
     select $1, 'Thông báo thử số ' || g, ($3::text[])[1 + g % $6], ($4::text[])[1 + g % $6], ($5::text[])[1 + g % $6],
            (array['notice', 'schedule', 'scam-alert', 'event'])[1 + g % 4], 'published',
            now() - interval '30 days' - make_interval(mins => g), false, 'Bộ phận một cửa'
     from generate_series(1, $2::int) g`,
    [WARD, Math.max(0, rows - existing), templates.map((t) => t.body), templates.map((t) => t.body_html), templates.map((t) => t.excerpt), existing],
  );
  const [count] = await db.query<{ n: number }>("select count(*)::int as n from announcements where ward_slug = $1", [WARD]);
  return count?.n ?? 0;
}

/** Variants of the real catalogue from the search benchmark's generator, each checked against the catalogue's schema. */
async function addProcedures(db: Database, rows: number): Promise<number> {
  const real = loadProcedureCatalogue();
  const generated = withUniqueCodes(generateProcedures(real, rows), real.length).slice(real.length);
  const invalid = generated.findIndex((p) => !Value.Check(ProcedureContentSchema, p));
  if (invalid >= 0) throw new Error(`generated procedure ${generated[invalid]?.slug} does not match the catalogue schema`);
  for (let start = 0; start < generated.length; start += PROCEDURE_BATCH) {
    const batch = generated.slice(start, start + PROCEDURE_BATCH);
    // One JSON parameter per batch: inserting thousands of rows costs one round trip, like seed-catalogue's columns.
    await db.query(
      `insert into procedures (slug, code, field, name, content, checked_at)
       select p->>'slug', p->>'code', p->>'field', p->>'name', p, (p->>'checkedAt')::date
       from jsonb_array_elements($1::jsonb) p`,
      [JSON.stringify(batch)],
    );
  }
  const [count] = await db.query<{ n: number }>("select count(*)::int as n from procedures");
  return count?.n ?? 0;
}

/** The cursor the public list would hand out after its `position`-th row (0-based), built like listVisibleAnnouncements does. */
async function cursorAfterRow(db: Database, position: number): Promise<string> {
  const [row] = await db.query<{ pinned: boolean; publish_key: string; id: number }>(
    `select pinned, to_char(publish_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as publish_key, id
     from announcements where ward_slug = $1 and status in ('scheduled', 'published') and publish_at <= now() and (expire_at is null or expire_at > now())
     order by pinned desc, publish_at desc, id desc offset $2 limit 1`,
    [WARD, position],
  );
  if (!row) throw new Error(`no announcement at position ${position}`);
  return encodeCursor([row.pinned ? 1 : 0, row.publish_key, row.id]);
}

async function procedureSlugAt(db: Database, position: number): Promise<string> {
  const [row] = await db.query<{ slug: string }>("select slug from procedures order by slug offset $1 limit 1", [position]);
  if (!row) throw new Error(`no procedure at position ${position}`);
  return row.slug;
}
