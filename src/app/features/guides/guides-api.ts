import { read } from "../../lib/api";
import { guideContracts } from "../../../shared/api/guides";
import type { GuideTopic } from "../../../shared/schemas/guide";

export const fetchGuides = (ward: string, topic?: GuideTopic) => read(guideContracts.list, { params: { ward }, query: { topic } });

export const fetchGuide = (ward: string, slug: string) => read(guideContracts.one, { params: { ward, slug } });
