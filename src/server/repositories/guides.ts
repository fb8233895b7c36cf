import type { Queryable } from "../db/database";
import type { GuideContent, GuideTopic } from "../../shared/schemas/guide";
import type { GuideDetail, GuideSummary } from "../../shared/schemas/guide-api";
import type { Ward } from "../../shared/schemas/ward";
import { GUIDE_TOPICS, publicGuide } from "../../shared/schemas/guide";

type Row = { content: GuideContent; updated_at: Date };

export async function listGuides(db: Queryable, topic?: GuideTopic): Promise<GuideSummary[]> {
  const rows = await db.query<Row>(
    `select content, updated_at from guides ${topic ? "where topic = $1" : ""} order by slug`,
    topic ? [topic] : [],
  );
  return rows
    .map(({ content: g }) => ({
      slug: g.slug,
      title: g.title,
      topic: g.topic,
      audience: g.audience,
      summary: g.summary,
      stepCount: g.steps.length,
      timeNeeded: g.timeNeeded ?? null,
    }))
    .sort((a, b) => GUIDE_TOPICS.indexOf(a.topic) - GUIDE_TOPICS.indexOf(b.topic) || a.slug.localeCompare(b.slug));
}

export async function findGuide(db: Queryable, slug: string, ward: Ward): Promise<GuideDetail | null> {
  const [row] = await db.query<Row>("select content, updated_at from guides where slug = $1", [slug]);
  if (!row) return null;
  return {
    ...publicGuide(row.content),
    ward: { policeOffice: ward.offices.find((o) => o.kind === "police") ?? null, hotline: ward.hotline },
    updatedAt: row.updated_at.toISOString(),
  };
}
