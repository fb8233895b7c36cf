import { Clock, MapPin, Phone } from "lucide-react";
import { useRecoilValue } from "recoil";
import { describeDay, describeOpenState, openState, vietnamClock } from "../../../shared/opening-hours";
import { HotlineLink } from "../ward/hotline-link";
import { contactsQuery } from "./teams-state";

/** The ward's own contacts: hotline, offices with whether they are open now, emergency numbers. */
export function ContactsSection() {
  const contacts = useRecoilValue(contactsQuery);
  const now = new Date();
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">Liên hệ của phường</h2>
      {contacts.hotline && (
        <div className="card">
          <HotlineLink phone={contacts.hotline} />
        </div>
      )}
      {contacts.offices.map((o) => {
        const state = openState(o.hours, now);
        return (
          <div key={o.id} className="card office-card-inline">
            <h3>{o.name}</h3>
            <p className={state.open ? "status-open" : "status-closed"}>
              <Clock size={18} aria-hidden="true" /> {describeOpenState(state)}
            </p>
            <p className="muted small">Hôm nay: {describeDay(o.hours, vietnamClock(now).day)}</p>
            <p>
              <MapPin size={18} aria-hidden="true" /> {o.address}
            </p>
            {o.phone && (
              <p>
                <Phone size={18} aria-hidden="true" /> <a href={`tel:${o.phone.replace(/[^\d+]/g, "")}`}>{o.phone}</a>
              </p>
            )}
            {o.note && <p className="muted small">{o.note}</p>}
          </div>
        );
      })}
      <div className="card">
        <h3>Khẩn cấp</h3>
        <ul className="emergency">
          {contacts.emergency.map((e) => (
            <li key={e.number}>
              <a href={`tel:${e.number}`}>
                <strong>{e.number}</strong> {e.name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
