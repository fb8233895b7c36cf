import { TriangleAlert } from "lucide-react";
import { useRecoilValueLoadable } from "recoil";
import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import type { Ward } from "../../../shared/schemas/ward";
import { HotlineLink } from "../ward/hotline-link";
import { wardQuery } from "../ward/ward-state";

/**
 * The number to call about a point the page is not sure of: the office this procedure is filed at,
 * else the ward's one-stop counter (the first People's Committee office with a phone), else the
 * ward's hotline. Null when the ward has published none.
 */
export function oneStopPhone(part: ProcedureDetail["ward"], ward: Ward | null): string | null {
  if (part.office?.phone) return part.office.phone;
  const counter = ward?.offices.find((o) => o.kind === "people-committee" && o.phone);
  return counter?.phone ?? ward?.hotline ?? null;
}

/** The points the page is not sure of, each written as what to ask, with the counter's phone beside them. */
export function AskBeforeYouGo({ p }: { p: ProcedureDetail }) {
  const ward = useRecoilValueLoadable(wardQuery);
  if (p.uncertain.length === 0) return null;
  const phone = oneStopPhone(p.ward, ward.state === "hasValue" ? ward.contents : null);
  return (
    <section className="card caveats" aria-labelledby="caveat-title">
      <h2 id="caveat-title">
        <TriangleAlert size={20} aria-hidden="true" /> Nên hỏi trước khi đi
      </h2>
      <ul>
        {p.uncertain.map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
      {phone && <HotlineLink phone={phone} label="Gọi bộ phận một cửa" />}
    </section>
  );
}
