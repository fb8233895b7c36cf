import type { WardProcedurePart } from "../../../shared/schemas/procedure-api";
import type { Ward } from "../../../shared/schemas/ward";

/**
 * The number to call about a point a procedure page is not sure of: the office this procedure is
 * filed at, else the ward's one-stop counter (the first People's Committee office with a phone),
 * else the ward's hotline. Null when the ward has published none.
 */
export function oneStopPhone(part: WardProcedurePart, ward: Ward | null): string | null {
  if (part.office?.phone) return part.office.phone;
  const counter = ward?.offices.find((o) => o.kind === "people-committee" && o.phone);
  return counter?.phone ?? ward?.hotline ?? null;
}
