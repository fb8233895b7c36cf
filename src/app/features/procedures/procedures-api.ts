import { getJson } from "../../lib/http";
import type { ProcedureCatalogue } from "../../../shared/schemas/procedure-api";

export const fetchProcedureCatalogue = (ward: string, since?: string) =>
  getJson<ProcedureCatalogue>(`/wards/${encodeURIComponent(ward)}/procedure-catalogue`, { since });
