import { atom, selector } from "recoil";
import { WARD_SLUG } from "../config";
import { fetchWard } from "./ward-api";

// One deployment can serve many wards; this build shows one, chosen at build time.
export const wardSlugState = atom<string>({ key: "wardSlug", default: WARD_SLUG });

export const wardQuery = selector({
  key: "wardQuery",
  get: ({ get }) => fetchWard(get(wardSlugState)),
});
