import { read } from "../../lib/api";
import { announcementContracts } from "../../../shared/api/announcements";
import type { AnnouncementListQuery } from "../../../shared/schemas/announcement";

/** The list's query as the contract declares it (AnnouncementListQuery); a screen may leave any part undefined. */
export type AnnouncementPageParams = { [K in keyof AnnouncementListQuery]?: AnnouncementListQuery[K] | undefined };

export const fetchAnnouncementPage = (ward: string, query: AnnouncementPageParams) => read(announcementContracts.list, { params: { ward }, query });

export const fetchAnnouncement = (ward: string, id: number) => read(announcementContracts.one, { params: { ward, id } });
