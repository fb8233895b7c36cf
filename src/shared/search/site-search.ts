import { matchingStreet, STREET_SEPARATOR, streetSpellings } from "../area-search";
import { AnnouncementCategoryLabels, type AnnouncementCategory } from "../schemas/announcement";
import { GuideTopicLabels, type GuideTopic } from "../schemas/guide";
import type { ProcedureContent } from "../schemas/procedure";
import type { Office } from "../schemas/ward";
import { procedureSearchDocument } from "./procedure-search";
import { createSearchIndex, type SearchDocument, type SearchHit } from "./search-index";
import { DEFAULT_VOCABULARY, type SearchVocabulary } from "./synonyms";

// One search over everything a ward's app shows: procedures, guides, announcements, teams, areas
// (by current and former names) and the ward's contacts. The server runs it for
// GET /wards/{ward}/search and the phone runs it offline over its saved copies, so the input
// types below ask only for what both sides have (a guide's summary is enough; its steps help).

export const SEARCH_KINDS = ["procedure", "guide", "announcement", "team", "area", "contact"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

type ProcedureInput = Omit<ProcedureContent, "editorNotes">;
type GuideInput = {
  slug: string;
  title: string;
  topic: GuideTopic;
  summary: string;
  prepare?: readonly string[];
  steps?: readonly { title: string; body: string }[];
  troubleshooting?: readonly { problem: string }[];
};
type AnnouncementInput = { id: number; title: string; excerpt: string; category: AnnouncementCategory };
type TeamInput = { id: string; name: string; meetingPlace: string | null; areas: readonly { id?: string; name: string; formerName: string | null }[] };
// `streets` may be missing from a copy the phone saved before areas had them.
type AreaInput = { id: string; name: string; formerWard: string | null; formerName: string | null; aliases: readonly string[]; streets?: readonly string[]; teamId: string | null };
type ContactsInput = { hotline: string | null; offices: readonly Office[]; emergency: readonly { name: string; number: string }[] };

export type SiteSearchSources = {
  procedures?: readonly ProcedureInput[];
  guides?: readonly GuideInput[];
  announcements?: readonly AnnouncementInput[];
  teams?: readonly TeamInput[];
  areas?: readonly AreaInput[];
  contacts?: ContactsInput | null;
};

export type SiteHit = { kind: SearchKind; id: string; title: string; snippet: string; score: number; terms: string[] };
export type SiteSearch = {
  readonly size: number;
  search(query: string, limit?: number): SiteHit[];
  /** For "Có phải bạn tìm …": the nearest items when the search found nothing. */
  closest(query: string, limit: number): SiteHit[];
};

const OFFICE_KIND_LABELS: Record<Office["kind"], string> = {
  "people-committee": "Ủy ban nhân dân phường, bộ phận một cửa, nộp hồ sơ",
  "public-service-center": "Trung tâm phục vụ hành chính công, bộ phận một cửa",
  police: "Công an phường",
  other: "",
};

/** `streets`: for an area or team found by a street, the street is shown with it (see withStreet). */
type Entry = { kind: SearchKind; id: string; title: string; snippet: string; doc: SearchDocument; streets?: { name: string; streets: readonly string[] }[] };
const entry = (kind: SearchKind, id: string, title: string, snippet: string, fields: SearchDocument["fields"]): Entry => ({
  kind,
  id,
  title,
  snippet,
  doc: { id: `${kind}:${id}`, fields },
});

function procedureEntries(items: readonly ProcedureInput[]): Entry[] {
  return items.map((p) => {
    const doc = procedureSearchDocument(p);
    return entry("procedure", p.slug, p.name, p.summary, doc.fields);
  });
}

function guideEntries(items: readonly GuideInput[]): Entry[] {
  return items.map((g) =>
    entry("guide", g.slug, g.title, g.summary, [
      { text: g.title, weight: 10 },
      { text: g.summary, weight: 4 },
      { text: GuideTopicLabels[g.topic], weight: 3 },
      // A resident's problem is often said the way a troubleshooting entry says it.
      { text: (g.troubleshooting ?? []).map((t) => t.problem).join("\n"), weight: 3 },
      { text: (g.steps ?? []).map((s) => s.title).join("\n"), weight: 2 },
      { text: [...(g.prepare ?? []), ...(g.steps ?? []).map((s) => s.body)].join("\n"), weight: 1 },
    ]),
  );
}

// Announcements age: they are found by their title and category more than by their text.
function announcementEntries(items: readonly AnnouncementInput[]): Entry[] {
  return items.map((a) =>
    entry("announcement", String(a.id), a.title, a.excerpt, [
      { text: a.title, weight: 6 },
      { text: a.excerpt, weight: 2 },
      { text: AnnouncementCategoryLabels[a.category], weight: 2 },
    ]),
  );
}

const areaLabel = (a: { name: string; formerName: string | null }) => (a.formerName ? `${a.name} (trước là ${a.formerName})` : a.name);

const streetsText = (streets: readonly string[]) => streets.map(streetSpellings).join("\n");

function teamEntries(items: readonly TeamInput[], allAreas: readonly AreaInput[]): Entry[] {
  const streetsOf = new Map(allAreas.map((a) => [a.id, a.streets ?? []]));
  return items.map((t) => {
    const areas = t.areas.map(areaLabel).join("; ");
    const covered = t.areas.map((a) => ({ name: a.name, streets: (a.id && streetsOf.get(a.id)) || [] }));
    return {
      ...entry("team", t.id, t.name, areas ? `Hỗ trợ ${areas}` : (t.meetingPlace ?? ""), [
        { text: `${t.name}\ntổ công nghệ số`, weight: 8 },
        { text: areas, weight: 4 },
        { text: streetsText(covered.flatMap((a) => a.streets)), weight: 3 },
        { text: t.meetingPlace ?? "", weight: 2 },
      ]),
      streets: covered,
    };
  });
}

function areaEntries(items: readonly AreaInput[], teams: readonly TeamInput[]): Entry[] {
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  return items.map((a) => {
    const team = a.teamId ? teamName.get(a.teamId) : undefined;
    const snippet = [a.formerName ? `Trước là ${a.formerName}` : a.formerWard ? `Thuộc phường ${a.formerWard} cũ` : "", team ? `do ${team} hỗ trợ` : ""]
      .filter(Boolean)
      .join(", ");
    return {
      ...entry("area", a.id, a.name, snippet, [
        { text: `${a.name}\ntổ dân phố`, weight: 8 },
        { text: a.formerName ?? "", weight: 6 },
        // A street names a few houses exactly: as telling as a former name.
        { text: streetsText(a.streets ?? []), weight: 6 },
        { text: [a.formerWard ?? "", ...a.aliases].join("\n"), weight: 4 },
        { text: team ?? "", weight: 2 },
      ]),
      streets: [{ name: a.name, streets: a.streets ?? [] }],
    };
  });
}

function contactEntries(contacts: ContactsInput): Entry[] {
  const offices = contacts.offices.map((o) =>
    entry("contact", o.id, o.name, [o.address, o.phone].filter(Boolean).join(" · "), [
      { text: o.name, weight: 8 },
      { text: `${OFFICE_KIND_LABELS[o.kind]}\nđịa chỉ, giờ làm việc, số điện thoại`, weight: 3 },
      { text: o.address, weight: 3 },
      { text: o.phone ?? "", weight: 2 },
    ]),
  );
  const hotline = contacts.hotline
    ? [entry("contact", "hotline", "Đường dây nóng của phường", contacts.hotline, [
        { text: "Đường dây nóng của phường", weight: 8 },
        { text: "gọi điện hỏi phường, số điện thoại ủy ban", weight: 3 },
        { text: contacts.hotline, weight: 2 },
      ])]
    : [];
  const emergency = contacts.emergency.length
    ? [entry("contact", "emergency", "Số điện thoại khẩn cấp", contacts.emergency.map((e) => `${e.name} ${e.number}`).join(" · "), [
        { text: "Số điện thoại khẩn cấp", weight: 8 },
        { text: contacts.emergency.map((e) => `${e.name} ${e.number}`).join("\n"), weight: 4 },
      ])]
    : [];
  return [...offices, ...hotline, ...emergency];
}

/**
 * An area found by one of its streets says which ("Tổ dân phố 5 · kiệt 45 Trưng Nữ Vương"): the
 * resident sees why it came up and that it is theirs. A team says it in its snippet.
 */
function withStreet(found: Entry, query: string): Pick<SiteHit, "kind" | "id" | "title" | "snippet"> {
  const plain = { kind: found.kind, id: found.id, title: found.title, snippet: found.snippet };
  for (const area of found.streets ?? []) {
    const street = matchingStreet(query, area.streets, area.name);
    if (!street) continue;
    if (found.kind === "area") return { ...plain, title: `${found.title}${STREET_SEPARATOR}${street}` };
    return { ...plain, snippet: `Hỗ trợ ${area.name}${STREET_SEPARATOR}${street}` };
  }
  return plain;
}

export function createSiteSearch(sources: SiteSearchSources, vocabulary: SearchVocabulary = DEFAULT_VOCABULARY): SiteSearch {
  const entries = [
    ...procedureEntries(sources.procedures ?? []),
    ...guideEntries(sources.guides ?? []),
    ...announcementEntries(sources.announcements ?? []),
    ...teamEntries(sources.teams ?? [], sources.areas ?? []),
    ...areaEntries(sources.areas ?? [], sources.teams ?? []),
    ...(sources.contacts ? contactEntries(sources.contacts) : []),
  ];
  const byDocId = new Map(entries.map((e) => [e.doc.id, e]));
  const index = createSearchIndex(
    entries.map((e) => e.doc),
    vocabulary,
  );
  const toHits = (query: string, hits: SearchHit[]): SiteHit[] =>
    hits.flatMap((hit) => {
      const found = byDocId.get(hit.id);
      return found ? [{ ...withStreet(found, query), score: hit.score, terms: hit.terms }] : [];
    });
  return {
    size: index.size,
    search: (query, limit) => toHits(query, index.search(query, { limit })),
    closest: (query, limit) => toHits(query, index.closest(query, limit)),
  };
}
