import { selector, selectorFamily } from "recoil";
import { wardSlugState } from "../../lib/ward-state";
import { fetchAreas, fetchContacts, fetchTeam, fetchTeams } from "./teams-api";

export const areasQuery = selector({ key: "areas", get: ({ get }) => fetchAreas(get(wardSlugState)) });
export const teamListQuery = selector({ key: "teamList", get: ({ get }) => fetchTeams(get(wardSlugState)) });
export const contactsQuery = selector({ key: "contacts", get: ({ get }) => fetchContacts(get(wardSlugState)) });
export const teamQuery = selectorFamily({
  key: "team",
  get:
    (id: string) =>
    ({ get }) =>
      fetchTeam(get(wardSlugState), id),
});

// Kept in its own tiny module: the announcements list (first load) reads it without pulling in the teams screens.
export { myAreaState } from "../../lib/my-area";
