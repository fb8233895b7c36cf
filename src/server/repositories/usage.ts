import type { Queryable } from "../db/database";
import { csvCell } from "../lib/spreadsheet";
import type { UsageEvent, UsageStats } from "../../shared/schemas/usage";

/** A ward stops getting new rows for a day past this many (existing rows still count): a flood of
 * made-up search texts or slugs cannot grow the table without bound. */
export const MAX_ROWS_PER_WARD_DAY = 5_000;

type Row = { metric: string; subject: string; detail: string };

/**
 * What a search that found nothing is kept as: lower case, single spaces, and any run of four or
 * more digits (a phone, an ID card number someone typed by mistake) replaced by "#".
 */
export function normaliseQuery(query: string): string {
  return query.normalize("NFC").toLowerCase().replace(/\d{4,}/g, "#").replace(/\s+/g, " ").trim().slice(0, 100);
}

function toRow(event: UsageEvent): Row {
  switch (event.type) {
    case "screen":
      return { metric: "screen", subject: event.screen, detail: "" };
    case "open":
      return { metric: "open", subject: `${event.kind}:${event.id}`, detail: "" };
    case "search": {
      if (!("query" in event)) return { metric: "search", subject: event.area, detail: "" };
      const query = normaliseQuery(event.query);
      return query ? { metric: "search-empty", subject: event.area, detail: query } : { metric: "search", subject: event.area, detail: "" };
    }
    case "guide-step":
      return { metric: "guide-step", subject: event.guide, detail: String(event.step) };
    case "guide-finished":
      return { metric: "guide-finished", subject: event.guide, detail: "" };
    case "helpful":
      return { metric: event.helpful ? "helpful-yes" : "helpful-no", subject: `${event.kind}:${event.id}`, detail: "" };
  }
}

/** Adds one batch to the day's counts in one statement (so a batch counts wholly or not at all). */
export async function addUsage(db: Queryable, ward: string, day: string, events: UsageEvent[]): Promise<void> {
  const tally = new Map<string, Row & { count: number }>();
  for (const event of events) {
    const row = toRow(event);
    // An empty search is a search too: the total per area stays the number of searches.
    const counted = row.metric === "search-empty" ? [row, { metric: "search", subject: row.subject, detail: "" }] : [row];
    for (const r of counted) {
      const key = `${r.metric}\u0000${r.subject}\u0000${r.detail}`;
      tally.set(key, bump(tally.get(key), r));
    }
  }
  const rows = [...tally.values()];
  await db.query(
    `insert into usage_counts (ward_slug, day, metric, subject, detail, count)
     select $1, $2::date, e.metric, e.subject, e.detail, e.n
       from unnest($3::text[], $4::text[], $5::text[], $6::int[]) as e (metric, subject, detail, n)
      where (select count(*) from usage_counts where ward_slug = $1 and day = $2::date) < $7
         or exists (select 1 from usage_counts u
                     where u.ward_slug = $1 and u.day = $2::date and u.metric = e.metric and u.subject = e.subject and u.detail = e.detail)
     on conflict (ward_slug, day, metric, subject, detail) do update set count = usage_counts.count + excluded.count`,
    [ward, day, rows.map((r) => r.metric), rows.map((r) => r.subject), rows.map((r) => r.detail), rows.map((r) => r.count), MAX_ROWS_PER_WARD_DAY],
  );
}

const bump = (current: (Row & { count: number }) | undefined, row: Row) => ({ ...row, count: (current?.count ?? 0) + 1 });

export type UsageCountRow = Row & { day: string; count: number };

export async function listUsage(db: Queryable, ward: string, from: string, to: string): Promise<UsageCountRow[]> {
  return db.query<UsageCountRow>(
    `select to_char(day, 'YYYY-MM-DD') as day, metric, subject, detail, count
       from usage_counts where ward_slug = $1 and day between $2::date and $3::date
      order by day, metric, subject, detail`,
    [ward, from, to],
  );
}

const split = (subject: string) => {
  const at = subject.indexOf(":");
  return { kind: subject.slice(0, at), id: subject.slice(at + 1) };
};
const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;

/** The console's "Thống kê": totals over the period, each list most used first. */
export function summariseUsage(rows: UsageCountRow[], from: string, to: string): Omit<UsageStats, "titles"> {
  const sum = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const perDay = new Map<string, { screens: number; opens: number; searches: number }>();
  const screens = new Map<string, number>();
  const opened = new Map<string, number>();
  const searches = new Map<string, number>();
  const empty = new Map<string, number>();
  const steps = new Map<string, Map<number, number>>();
  const finished = new Map<string, number>();
  const helpful = new Map<string, { yes: number; no: number }>();
  for (const r of rows) {
    const day = perDay.get(r.day) ?? { screens: 0, opens: 0, searches: 0 };
    perDay.set(r.day, day);
    if (r.metric === "screen") {
      day.screens += r.count;
      sum(screens, r.subject, r.count);
    } else if (r.metric === "open") {
      day.opens += r.count;
      sum(opened, r.subject, r.count);
    } else if (r.metric === "search") {
      day.searches += r.count;
      sum(searches, r.subject, r.count);
    } else if (r.metric === "search-empty") sum(empty, `${r.subject}\u0000${r.detail}`, r.count);
    else if (r.metric === "guide-step") {
      const guide = steps.get(r.subject) ?? new Map<number, number>();
      steps.set(r.subject, guide.set(Number(r.detail), (guide.get(Number(r.detail)) ?? 0) + r.count));
    } else if (r.metric === "guide-finished") sum(finished, r.subject, r.count);
    else if (r.metric === "helpful-yes" || r.metric === "helpful-no") {
      const answer = helpful.get(r.subject) ?? { yes: 0, no: 0 };
      helpful.set(r.subject, answer);
      if (r.metric === "helpful-yes") answer.yes += r.count;
      else answer.no += r.count;
    }
  }
  const guides = new Set([...steps.keys(), ...finished.keys()]);
  return {
    from,
    to,
    perDay: [...perDay].map(([d, counts]) => ({ day: d, ...counts })),
    screens: [...screens].map(([screen, count]) => ({ screen, count })).sort(byCount),
    mostOpened: [...opened].map(([subject, count]) => ({ ...split(subject), count })).sort(byCount),
    searches: [...searches].map(([area, count]) => ({ area, count })).sort(byCount),
    emptySearches: [...empty]
      .map(([key, count]) => {
        const [area = "", query = ""] = key.split("\u0000");
        return { area, query, count };
      })
      .sort(byCount),
    guideSteps: [...guides].sort().map((guide) => ({
      guide,
      finished: finished.get(guide) ?? 0,
      steps: [...(steps.get(guide) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]).map(([step, reached]) => ({ step, reached })),
    })),
    helpful: [...helpful].map(([subject, answer]) => ({ ...split(subject), ...answer })).sort((a, b) => b.yes + b.no - (a.yes + a.no)),
  };
}

/** CSV of the raw daily counts, for a spreadsheet: one row per day and thing counted. */
export function usageCsv(rows: UsageCountRow[]): string {
  const lines = [["day", "metric", "subject", "detail", "count"].join(",")];
  for (const r of rows) lines.push([r.day, r.metric, r.subject, r.detail, r.count].map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * What staff read instead of slugs: the title of each procedure, guide, announcement and team the
 * counts name ("kind:id" → title). Something since removed keeps its slug in the console.
 */
export async function titlesOf(db: Queryable, ward: string, refs: { kind: string; id: string }[]): Promise<Record<string, string>> {
  const ids = (kind: string) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const titles: Record<string, string> = {};
  const put = (kind: string, rows: { id: string; title: string }[]) => rows.forEach((r) => (titles[`${kind}:${r.id}`] = r.title));
  put("procedure", await db.query<{ id: string; title: string }>("select slug as id, name as title from procedures where slug = any($1::text[])", [ids("procedure")]));
  put("guide", await db.query<{ id: string; title: string }>("select slug as id, title from guides where slug = any($1::text[])", [ids("guide")]));
  const announcementIds = ids("announcement").filter((id) => /^\d{1,9}$/.test(id));
  put("announcement", await db.query<{ id: string; title: string }>("select id::text as id, title from announcements where ward_slug = $1 and id = any($2::int[])", [ward, announcementIds]));
  put("team", await db.query<{ id: string; title: string }>("select id, name as title from teams where ward_slug = $1 and id = any($2::text[])", [ward, ids("team")]));
  return titles;
}
