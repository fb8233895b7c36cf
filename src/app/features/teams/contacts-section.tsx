import { Phone } from "lucide-react";
import { useRecoilValue } from "recoil";
import { HotlineLink } from "../../ui/hotline-link";
import { OfficeDetails } from "../../ui/office-details";
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
        return (
          <div key={o.id} className="card office-card-inline">
            <h3>{o.name}</h3>
            <OfficeDetails office={o} now={now} />
            {o.phone && (
              <p>
                <a className="phone-link" href={`tel:${o.phone.replace(/[^\d+]/g, "")}`}>
                  <Phone size={18} aria-hidden="true" /> {o.phone}
                </a>
              </p>
            )}
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
