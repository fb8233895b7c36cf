import { ChannelModeLabels, CopyTypeLabels, feeText, OnlineLevelLabels, ProcedureHandlerLabels } from "../../shared/schemas/procedure";
import type { ProcedureDetail } from "../../shared/schemas/procedure-api";
import type { ConfirmationPart } from "../../shared/schemas/procedure-confirmation";

/** What the national catalogue says about one part, as the resident reads it in the app. */
export function NationalPartText({ procedure: p, part }: { procedure: ProcedureDetail; part: ConfirmationPart }) {
  switch (part) {
    case "documents":
      return (
        <>
          {p.documentCases.map((c) => (
            <div key={c.case}>
              {p.documentCases.length > 1 && <p className="case-name">{c.case}</p>}
              <ul>
                {c.documents.map((d) => (
                  <li key={d.name}>
                    {d.name} — {d.quantity} {CopyTypeLabels[d.copyType].toLowerCase()}
                    {d.form ? `, ${d.form}` : ""}
                    {d.required ? "" : " (nếu có)"}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      );
    case "time":
    case "fee":
      return (
        <ul>
          {p.channels.map((c) => (
            <li key={c.mode}>
              <strong>{ChannelModeLabels[c.mode]}:</strong> {part === "time" ? (c.timeLimit ?? "Chưa được công bố") : feeText(c.fee)}
            </li>
          ))}
        </ul>
      );
    case "online-level":
      return <p>{OnlineLevelLabels[p.onlineLevel]}</p>;
    case "where":
      return (
        <>
          <p>Cơ quan giải quyết: {ProcedureHandlerLabels[p.handledBy]}.</p>
          <p>
            Phường nhận hồ sơ tại: {p.ward.office ? `${p.ward.office.name}, ${p.ward.office.address}` : "chưa chọn văn phòng"}.
          </p>
        </>
      );
  }
}
