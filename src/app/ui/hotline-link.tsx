import { Phone } from "lucide-react";
import { callPhone } from "../platform/zalo";

/**
 * A real tel: link (works without JavaScript and for screen readers); a tap goes through the
 * platform wrapper, which opens the phone app inside Zalo, where tel: links do nothing.
 */
export function HotlineLink({ phone, label = "Gọi đường dây nóng" }: { phone: string; label?: string }) {
  return (
    <a
      className="call-button"
      href={`tel:${phone.replace(/[^\d+]/g, "")}`}
      onClick={(event) => {
        event.preventDefault();
        void callPhone(phone);
      }}
    >
      <Phone size={20} aria-hidden="true" /> {label} {phone}
    </a>
  );
}
