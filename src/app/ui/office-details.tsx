import { CalendarX2, Clock, MapPin } from "lucide-react";
import { useRecoilValueLoadable } from "recoil";
import { describeOpenState, describeToday, openState, upcomingHolidays } from "../../shared/opening-hours";
import type { Holiday, Office } from "../../shared/schemas/ward";
import { wardQuery } from "../lib/ward-state";

/**
 * An office's status now, today's hours, address and note: the same wherever an office is shown.
 * Open or closed depends on the ward's holidays, so the status waits for the ward's data (saved
 * on the phone after the first open) rather than say "Đang mở cửa" on a holiday.
 */
export function OfficeDetails({ office, now = new Date(), showNote = true }: { office: Office; now?: Date; showNote?: boolean }) {
  const ward = useRecoilValueLoadable(wardQuery);
  const holidays: Holiday[] | null = ward.state === "hasValue" ? ward.contents.holidays : null;
  const state = holidays ? openState(office.hours, now, holidays) : null;
  // Today's holiday is already in the status line; from tomorrow on, a week ahead.
  const soon = holidays ? upcomingHolidays(holidays, new Date(now.getTime() + 86_400_000), 7) : [];
  return (
    <>
      {state && (
        <p className={state.open ? "status-open" : "status-closed"}>
          <Clock size={18} aria-hidden="true" /> {describeOpenState(state)}
        </p>
      )}
      <p className="muted small">Hôm nay: {describeToday(office.hours, now, holidays ?? [])}</p>
      {soon.length > 0 && (
        <p className="small holiday-notice">
          <CalendarX2 size={18} aria-hidden="true" /> Sắp nghỉ: {soon.join("; ")}
        </p>
      )}
      <p>
        <MapPin size={18} aria-hidden="true" /> {office.address}
      </p>
      {showNote && office.note && <p className="muted small">{office.note}</p>}
    </>
  );
}

