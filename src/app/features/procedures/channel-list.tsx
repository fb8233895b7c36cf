import type { Channel, ChannelMode, Fee } from "../../../shared/schemas/procedure";

const MODE_LABELS: Record<ChannelMode, string> = {
  "in-person": "Nộp trực tiếp",
  online: "Nộp trực tuyến",
  post: "Gửi qua bưu điện",
};

// A fee the sources do not publish is said to be unpublished, never shown as free.
function feeText(fee: Fee): string {
  if (fee.kind === "not-published") return fee.text ? `Chưa được công bố. ${fee.text}` : "Chưa được công bố";
  return fee.text;
}

export function ChannelList({ channels }: { channels: Channel[] }) {
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">Thời gian và lệ phí</h2>
      <dl className="channels">
        {channels.map((c) => (
          <div key={c.mode} className="channel">
            <dt>{MODE_LABELS[c.mode]}</dt>
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
