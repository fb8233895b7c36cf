import type { SearchItem } from "../../../shared/schemas/search";
import { areaNameOfTitle } from "../../../shared/area-search";
import type { SearchKind } from "../../../shared/search/site-search";
import { screens } from "../../screens";

/** Where each kind of result opens. A team opens the list of teams on it, an area the list filtered by its name. */
export function resultPath(item: Pick<SearchItem, "kind" | "id" | "title">): string {
  switch (item.kind) {
    case "procedure":
      return screens.procedure.to({ slug: item.id });
    case "guide":
      return screens.guide.to({ slug: item.id });
    case "announcement":
      return screens.announcement.to({ id: item.id });
    case "team":
      return screens.allTeams.to({ team: item.id });
    case "area":
      // Found by a street, the title also names it ("Tổ dân phố 5 · kiệt 45 …"): filter by the area's name.
      return screens.allTeams.to({ q: areaNameOfTitle(item.title) });
    case "contact":
      return screens.allTeams.to();
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
