import { getJson } from "../../lib/http";
import type { GuideTopic } from "../../../shared/schemas/guide";
import type { GuideDetail, GuideList } from "../../../shared/schemas/guide-api";

export const fetchGuides = (ward: string, topic?: GuideTopic) => getJson<GuideList>(`/wards/${encodeURIComponent(ward)}/guides`, { topic });

export const fetchGuide = (ward: string, slug: string) => getJson<GuideDetail>(`/wards/${encodeURIComponent(ward)}/guides/${encodeURIComponent(slug)}`);
