import { read } from "../../lib/api";
import { teamContracts } from "../../../shared/api/teams";

export const fetchAreas = (ward: string) => read(teamContracts.areas, { params: { ward } });
export const fetchTeams = (ward: string) => read(teamContracts.list, { params: { ward } });
export const fetchTeam = (ward: string, id: string) => read(teamContracts.one, { params: { ward, id } });
export const fetchContacts = (ward: string) => read(teamContracts.contacts, { params: { ward } });
