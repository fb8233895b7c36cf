import { Link } from "react-router-dom";
import { OnlineLevelLabels, ProcedureFieldLabels } from "../../../shared/schemas/procedure";
import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import { HighlightedText } from "../../ui/highlighted-text";
import { screens } from "../../screens";

export function ProcedureCard({ procedure, terms = [] }: { procedure: ProcedureDetail; terms?: string[] }) {
  return (
    <Link to={screens.procedure.to({ slug: procedure.slug })} className="card procedure-card">
      <div className="announcement-meta">
        <span className="badge">{ProcedureFieldLabels[procedure.field]}</span>
        {procedure.onlineLevel !== "unknown" && <span className="badge badge-event">{OnlineLevelLabels[procedure.onlineLevel]}</span>}
      </div>
      <h3>
        <HighlightedText text={procedure.name} terms={terms} />
      </h3>
      <p>
        <HighlightedText text={procedure.summary} terms={terms} />
      </p>
    </Link>
  );
}
