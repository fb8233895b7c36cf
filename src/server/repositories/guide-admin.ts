import type { Queryable } from "../db/database";
import type { ManagedGuide } from "../../shared/schemas/content-admin";
import type { GuideContent } from "../../shared/schemas/guide";

export async function listManagedGuides(db: Queryable): Promise<ManagedGuide[]> {
  return (await db.query<{ content: GuideContent; version: number }>("select content, version from guides order by topic, slug")).map((r) => ({ content: r.content, version: r.version }));
}

export async function findManagedGuide(db: Queryable, slug: string): Promise<ManagedGuide | null> {
  const [row] = await db.query<{ content: GuideContent; version: number }>("select content, version from guides where slug = $1", [slug]);
  return row ? { content: row.content, version: row.version } : null;
}

export async function updateGuide(db: Queryable, content: GuideContent, now: Date): Promise<void> {
  await db.query("update guides set content = $2, title = $3, topic = $4, checked_at = $5, version = version + 1, updated_at = $6 where slug = $1", [
    content.slug,
    JSON.stringify(content),
    content.title,
    content.topic,
    content.checkedAt,
    now,
  ]);
}
