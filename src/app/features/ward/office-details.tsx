import { Clock, MapPin } from "lucide-react";
import { describeDay, describeOpenState, openState, vietnamClock } from "../../../shared/opening-hours";
import type { Office } from "../../../shared/schemas/ward";

/** An office's status now, today's hours, address and note: the same wherever an office is shown. */
export function OfficeDetails({ office, now = new Date(), showNote = true }: { office: Office; now?: Date; showNote?: boolean }) {
  const state = openState(office.hours, now);
  return (
    <>
      <p className={state.open ? "status-open" : "status-closed"}>
        <Clock size={18} aria-hidden="true" /> {describeOpenState(state)}
      </p>
      <p className="muted small">Hôm nay: {describeDay(office.hours, vietnamClock(now).day)}</p>
      <p>
        <MapPin size={18} aria-hidden="true" /> {office.address}
      </p>
      {showNote && office.note && <p className="muted small">{office.note}</p>}
    </>
  );
}
