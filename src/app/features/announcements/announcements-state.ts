import { selectorFamily } from "recoil";
import type { AnnouncementCategory } from "../../../shared/schemas/announcement";
import { myAreaState } from "../../lib/my-area";
import { wardSlugState } from "../../lib/ward-state";
import { fetchAnnouncement, fetchAnnouncementPage } from "./announcements-api";

// Recoil keys families by value, so params must be plain serialisable objects.
export type PageKey = { category: AnnouncementCategory | null; cursor: string | null; limit: number };

export const announcementPageQuery = selectorFamily({
  key: "announcementPageQuery",
  get:
    (key: PageKey) =>
    ({ get }) =>
      fetchAnnouncementPage(get(wardSlugState), {
        category: key.category ?? undefined,
        // The resident's chosen tổ: notices for it come first, other tổ's last.
        area: get(myAreaState) ?? undefined,
        cursor: key.cursor ?? undefined,
        limit: key.limit,
      }),
});

export const announcementQuery = selectorFamily({
  key: "announcementQuery",
  get:
    (id: number) =>
    ({ get }) =>
      fetchAnnouncement(get(wardSlugState), id),
});

export const LATEST_ON_HOME: PageKey = { category: null, cursor: null, limit: 5 };
/** The list screen's first page (all categories), also kept for offline use. */
export const LIST_PAGE_SIZE = 10;
export const LIST_FIRST_PAGE: PageKey = { category: null, cursor: null, limit: LIST_PAGE_SIZE };
