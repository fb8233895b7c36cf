import { TriangleAlert } from "lucide-react";
import { useRecoilValueLoadable } from "recoil";
import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import { HotlineLink } from "../../ui/hotline-link";
import { wardQuery } from "../../lib/ward-state";
import { oneStopPhone } from "./one-stop-phone";

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
