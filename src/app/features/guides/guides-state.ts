import { selectorFamily } from "recoil";
import { GUIDE_TOPICS, type GuideTopic } from "../../../shared/schemas/guide";
import { wardSlugState } from "../../lib/ward-state";
import { fetchGuide, fetchGuides } from "./guides-api";

export const guideListQuery = selectorFamily({
  key: "guideList",
  get:
    (topic: GuideTopic | null) =>
    ({ get }) =>
      fetchGuides(get(wardSlugState), topic ?? undefined),
});

export const guideQuery = selectorFamily({
  key: "guide",
  get:
    (slug: string) =>
    ({ get }) =>
      fetchGuide(get(wardSlugState), slug),
});

/** Every topic a guide list screen shows, so that the prefetch warms each list the screens ask for. */
export const LISTED_GUIDE_TOPICS: readonly GuideTopic[] = GUIDE_TOPICS;
