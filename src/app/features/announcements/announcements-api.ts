import { getJson } from "../../lib/http";
import type { Announcement, AnnouncementCategory, AnnouncementPage } from "../../../shared/schemas/announcement";

export type AnnouncementPageParams = { category?: AnnouncementCategory | undefined; area?: string | undefined; cursor?: string | undefined; limit?: number };

export const fetchAnnouncementPage = (ward: string, params: AnnouncementPageParams) =>
  getJson<AnnouncementPage>(`/wards/${encodeURIComponent(ward)}/announcements`, params);

export const fetchAnnouncement = (ward: string, id: number) =>
  getJson<Announcement>(`/wards/${encodeURIComponent(ward)}/announcements/${id}`);
