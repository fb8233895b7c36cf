import { Clock, MapPin } from "lucide-react";
import { describeDay, describeOpenState, openState, vietnamClock } from "../../../shared/opening-hours";
import type { Ward } from "../../../shared/schemas/ward";
import { HotlineLink } from "./hotline-link";

/** The ward's main office: open now or not, today's hours, address, and one tap to the hotline. */
export function OfficeCard({ ward, now = new Date() }: { ward: Ward; now?: Date }) {
  const office = ward.offices.find((o) => o.kind === "people-committee") ?? ward.offices[0];
  const hotline = ward.hotline ?? office?.phone ?? null;
  const state = office ? openState(office.hours, now) : null;
  return (
    <section className="card office-card" aria-labelledby="office-title">
      <h2 id="office-title">{office?.name ?? ward.name}</h2>
      {office && state && (
        <>
          <p className={state.open ? "status-open" : "status-closed"}>
            <Clock size={18} aria-hidden="true" /> {describeOpenState(state)}
          </p>
          <p className="muted">Hôm nay: {describeDay(office.hours, vietnamClock(now).day)}</p>
          <p>
            <MapPin size={18} aria-hidden="true" /> {office.address}
          </p>
        </>
      )}
      {hotline && <HotlineLink phone={hotline} />}
    </section>
  );
}
