import { read } from "../../lib/api";
import { procedureContracts } from "../../../shared/api/procedures";

// The catalogue keeps its own copy on the device (catalogue-store), merged with `since` updates.
export const fetchProcedureCatalogue = (ward: string, since?: string) => read(procedureContracts.catalogue, { params: { ward }, query: { since } }, { savedCopy: false });
