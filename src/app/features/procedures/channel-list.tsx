import type { ReactNode } from "react";
import { ChannelModeLabels, feeText, type Channel } from "../../../shared/schemas/procedure";

const sameTerms = (a: Channel, b: Channel) => a.timeLimit === b.timeLimit && feeText(a.fee) === feeText(b.fee);

function Terms({ c }: { c: Channel }) {
  return (
    <>
      <dd>
        <span className="label">Thời hạn: </span>
        {c.timeLimit ?? "Chưa được công bố"}
      </dd>
      <dd>
        <span className="label">Lệ phí: </span>
        {feeText(c.fee)}
      </dd>
    </>
  );
}

export function ChannelList({ channels, confirmation }: { channels: Channel[]; confirmation?: ReactNode }) {
  // When every channel has the same time and fee, say them once: three copies of a long fee
  // sentence push the ways to file off a phone screen.
  const [first] = channels;
  const shared = first !== undefined && channels.length > 1 && channels.every((c) => sameTerms(c, first)) ? first : null;
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">Thời gian và lệ phí</h2>
      {confirmation}
      <dl className="channels">
        {shared && (
          <div className="channel">
            <dt>Mọi cách nộp</dt>
            <Terms c={shared} />
          </div>
        )}
        {channels.map((c) => (
          <div key={c.mode} className="channel">
            <dt>{ChannelModeLabels[c.mode]}</dt>
            {!shared && <Terms c={c} />}
            {c.note && <dd className="muted">{c.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
