import { getJson } from "../../lib/http";
import type { ProcedureCatalogue } from "../../../shared/schemas/procedure-api";

// The catalogue keeps its own copy on the device (catalogue-store), merged with `since` updates.
export const fetchProcedureCatalogue = (ward: string, since?: string) =>
  getJson<ProcedureCatalogue>(`/wards/${encodeURIComponent(ward)}/procedure-catalogue`, { since }, { savedCopy: false });
