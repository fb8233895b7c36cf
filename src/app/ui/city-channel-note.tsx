import { ExternalLink } from "lucide-react";
import { useRecoilValueLoadable } from "recoil";
import { openWebPage } from "../platform/zalo";
import { HotlineLink } from "./hotline-link";
import { wardQuery } from "../lib/ward-state";

/**
 * Before a resident writes to the ward: some things are the city's to fix (a main road, power,
 * water, a city bus), and the ward can only pass them on. Shown only when the ward named the
 * city's channel; nothing is shown while the ward's details are not there.
 */
export function CityChannelNote() {
  const ward = useRecoilValueLoadable(wardQuery);
  const channel = ward.state === "hasValue" ? ward.contents.cityChannel : null;
  if (!channel) return null;
  return (
    <aside className="card city-channel" aria-labelledby="city-channel-title">
      <h2 id="city-channel-title">Việc của thành phố?</h2>
      <p>Đường lớn, điện, nước, xe buýt không do phường quản lý. Bạn báo thẳng cho {channel.name} để được chuyển đúng nơi.</p>
      {channel.phone && <HotlineLink phone={channel.phone} label="Gọi" />}
      {channel.url && (
        <button type="button" className="call-button" onClick={() => void openWebPage(channel.url ?? "")}>
          <ExternalLink size={20} aria-hidden="true" /> Mở trang phản ánh của thành phố
        </button>
      )}
    </aside>
  );
}
