import type { SearchItem } from "../../../shared/schemas/search";
import { areaNameOfTitle } from "../../../shared/area-search";
import type { SearchKind } from "../../../shared/search/site-search";

/** Where each kind of result opens. A team opens the list of teams on it, an area the list filtered by its name. */
export function resultPath(item: Pick<SearchItem, "kind" | "id" | "title">): string {
  const id = encodeURIComponent(item.id);
  switch (item.kind) {
    case "procedure":
      return `/procedures/${id}`;
    case "guide":
      return `/guides/${id}`;
    case "announcement":
      return `/announcements/${id}`;
    case "team":
      return `/teams/all?team=${id}`;
    case "area":
      // Found by a street, the title also names it ("Tổ dân phố 5 · kiệt 45 …"): filter by the area's name.
      return `/teams/all?q=${encodeURIComponent(areaNameOfTitle(item.title))}`;
    case "contact":
      return "/teams/all";
  }
}

/** Group headings, in the order groups appear when their best results are equal. */
export const KIND_HEADINGS: Record<SearchKind, string> = {
  procedure: "Thủ tục hành chính",
  guide: "Hướng dẫn",
  announcement: "Thông báo của phường",
  team: "Tổ công nghệ số",
  area: "Tổ dân phố",
  contact: "Liên hệ của phường",
};
