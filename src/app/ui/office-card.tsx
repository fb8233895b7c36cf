import type { Ward } from "../../shared/schemas/ward";
import { HotlineLink } from "./hotline-link";
import { OfficeDetails } from "./office-details";

/** The ward's main office: open now or not, today's hours, address, and one tap to the hotline. */
export function OfficeCard({ ward, now = new Date() }: { ward: Ward; now?: Date }) {
  const office = ward.offices.find((o) => o.kind === "people-committee") ?? ward.offices[0];
  const hotline = ward.hotline ?? office?.phone ?? null;
  return (
    <section className="card office-card" aria-labelledby="office-title">
      <h2 id="office-title">{office?.name ?? ward.name}</h2>
      {office && <OfficeDetails office={office} now={now} showNote={false} />}
      {hotline && <HotlineLink phone={hotline} />}
    </section>
  );
}
