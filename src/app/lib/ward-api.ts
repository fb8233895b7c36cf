import { getJson } from "./http";
import type { Ward } from "../../shared/schemas/ward";

export const fetchWard = (ward: string) => getJson<Ward>(`/wards/${encodeURIComponent(ward)}`);
