import type { ReactNode } from "react";
import type { WardProcedurePart } from "../../../shared/schemas/procedure-api";
import { openWebPage } from "../../platform/zalo";
import { OfficeDetails } from "../../ui/office-details";

/** Where to file in this ward: the office, whether it is open now, today's hours, and a map link. */
export function FilingOffice({ part, wardName, confirmation }: { part: WardProcedurePart; wardName: string; confirmation?: ReactNode }) {
  const { office, note } = part;
  if (!office) return null;
  const mapUrl = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${office.address}, ${wardName}`)}`;
  return (
    <section className="card office-card-inline" aria-labelledby="where-title">
      <h2 id="where-title">Nộp ở đâu tại phường</h2>
      {confirmation}
      <p>
        <strong>{office.name}</strong>
      </p>
      <OfficeDetails office={office} />
      {note && <p>{note}</p>}
      <a
        className="link-button"
        href={mapUrl}
        onClick={(e) => {
          e.preventDefault();
          void openWebPage(mapUrl);
        }}
      >
        Xem bản đồ
      </a>
    </section>
  );
}
