import type { AnnouncementPage } from "../../../src/shared/schemas/announcement";
import type { GuideList } from "../../../src/shared/schemas/guide-api";
import type { ProcedureCatalogue, ProcedurePage } from "../../../src/shared/schemas/procedure-api";
import type { TeamList } from "../../../src/shared/schemas/team";

export const WARD = "hoa-cuong";
export const WARD_PATH = `/api/v1/wards/${WARD}`;
/** What the home screen asks for (LATEST_ON_HOME in the mini app): the five latest announcements. */
export const HOME_LIST_PATH = `${WARD_PATH}/announcements?limit=5`;

/** One URL of the mix, its share of the requests, and the ETag a cached app would revalidate with. */
export type MixEntry = { group: string; path: string; weight: number; etag: string | null };

// What residents type into the procedure search: with and without diacritics, in their own words.
const SEARCHES = ["khai sinh", "dang ky tam tru", "chứng thực", "đăng ký kết hôn", "ho khau", "CCCD", "cong chung ban sao"];

/**
 * The public GET routes as the mini app calls them (src/app/features/*-api.ts: the same paths and
 * query parameters), weighted by how often a resident's visit reaches each: the home screen (ward
 * and latest five announcements) on every open, then announcements, procedures, guides and teams.
 * The API's procedure search (`q`) is in too: the app searches its offline copy, other clients
 * (and the issue) use the route. Every URL is fetched once here, so it is known to answer 200 and
 * its ETag is learnt.
 */
export async function discoverMix(origin: string): Promise<MixEntry[]> {
  const get = async <T>(path: string): Promise<{ body: T; etag: string | null }> => {
    const res = await fetch(`${origin}${path}`);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
    return { body: (await res.json()) as T, etag: res.headers.get("etag") };
  };
  const entries: MixEntry[] = [];
  const add = async <T>(group: string, path: string, weight: number): Promise<T> => {
    const { body, etag } = await get<T>(path);
    entries.push({ group, path, weight, etag });
    return body;
  };
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

  // Home, on every open of the app.
  await add("home: ward", WARD_PATH, 14);
  const home = await add<AnnouncementPage>("home: latest announcements", HOME_LIST_PATH, 22);
  // The announcements screen: pages of ten, the second one by its cursor, and a few opened.
  const list = await add<AnnouncementPage>("announcements: list", `${WARD_PATH}/announcements?${q({ limit: "10" })}`, 5);
  if (list.nextCursor) await add("announcements: list", `${WARD_PATH}/announcements?${q({ cursor: list.nextCursor, limit: "10" })}`, 2);
  for (const item of home.items.slice(0, 3)) await add("announcements: one", `${WARD_PATH}/announcements/${item.id}`, 3);

  // Procedures: the app downloads the catalogue, then only what changed since its copy.
  const catalogue = await add<ProcedureCatalogue>("procedures: catalogue", `${WARD_PATH}/procedure-catalogue`, 3);
  await add("procedures: catalogue", `${WARD_PATH}/procedure-catalogue?${q({ since: catalogue.generatedAt })}`, 3);
  const slugs = new Set<string>();
  for (const search of SEARCHES) {
    const page = await add<ProcedurePage>("procedures: search", `${WARD_PATH}/procedures?${q({ q: search })}`, 2);
    const first = page.items[0];
    if (first) slugs.add(first.slug);
  }
  for (const slug of [...slugs].slice(0, 4)) await add("procedures: one", `${WARD_PATH}/procedures/${slug}`, 2);

  // Guides: the VNeID and QR payment screens list theirs; a few are opened.
  const vneid = await add<GuideList>("guides: list", `${WARD_PATH}/guides?${q({ topic: "vneid" })}`, 3);
  await add("guides: list", `${WARD_PATH}/guides?${q({ topic: "qr-payment" })}`, 2);
  for (const guide of vneid.items.slice(0, 3)) await add("guides: one", `${WARD_PATH}/guides/${guide.slug}`, 2);

  // The community tech team screens.
  const teams = await add<TeamList>("teams", `${WARD_PATH}/teams`, 3);
  await add("teams", `${WARD_PATH}/areas`, 3);
  await add("teams", `${WARD_PATH}/contacts`, 3);
  const team = teams.items[0];
  if (team) await add("teams", `${WARD_PATH}/teams/${team.id}`, 2);
  return entries;
}
