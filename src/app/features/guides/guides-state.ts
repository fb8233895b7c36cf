import { selectorFamily } from "recoil";
import type { GuideTopic } from "../../../shared/schemas/guide";
import { wardSlugState } from "../ward/ward-state";
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
