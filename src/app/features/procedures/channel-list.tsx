import type { ReactNode } from "react";
import { ChannelModeLabels, feeText, type Channel } from "../../../shared/schemas/procedure";

export function ChannelList({ channels, confirmation }: { channels: Channel[]; confirmation?: ReactNode }) {
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">Thời gian và lệ phí</h2>
      {confirmation}
      <dl className="channels">
        {channels.map((c) => (
          <div key={c.mode} className="channel">
            <dt>{ChannelModeLabels[c.mode]}</dt>
            <dd>
              <span className="label">Thời hạn: </span>
              {c.timeLimit ?? "Chưa được công bố"}
            </dd>
            <dd>
              <span className="label">Lệ phí: </span>
              {feeText(c.fee)}
            </dd>
            {c.note && <dd className="muted">{c.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
