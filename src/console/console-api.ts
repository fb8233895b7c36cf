import axios from "axios";
import type { Health } from "../shared/schemas/health";
import type { WardList } from "../shared/schemas/ward";

// The console is served by the API itself, so a same-origin path is always right.
const http = axios.create({ baseURL: "/api/v1", timeout: 10_000 });

export const fetchHealth = async () => (await http.get<Health>("/health")).data;
export const fetchWards = async () => (await http.get<WardList>("/wards")).data;
