import { getJson } from "../../lib/http";
import type { AreaList, Contacts, Team, TeamList } from "../../../shared/schemas/team";

const ward = (slug: string) => `/wards/${encodeURIComponent(slug)}`;

export const fetchAreas = (slug: string) => getJson<AreaList>(`${ward(slug)}/areas`);
export const fetchTeams = (slug: string) => getJson<TeamList>(`${ward(slug)}/teams`);
export const fetchTeam = (slug: string, id: string) => getJson<Team>(`${ward(slug)}/teams/${encodeURIComponent(id)}`);
export const fetchContacts = (slug: string) => getJson<Contacts>(`${ward(slug)}/contacts`);
