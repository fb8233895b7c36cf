import { read } from "./api";
import { wardContracts } from "../../shared/api/wards";

export const fetchWard = (ward: string) => read(wardContracts.one, { params: { ward } });
