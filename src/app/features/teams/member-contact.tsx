import { MessageCircle, Phone } from "lucide-react";
import { MemberRoleLabels, type Member } from "../../../shared/schemas/team";
import { callPhone, openZaloChat } from "../../platform/zalo";

const digits = (phone: string) => phone.replace(/[^\d+]/g, "");

/** A member with one tap to call or message; real links so they also work without the Zalo bridge. */
export function MemberContact({ member }: { member: Member }) {
  return (
    <li className="member">
      <span className="member-name">
        <strong>{member.name}</strong>
        <span className="muted small block">{MemberRoleLabels[member.role]}</span>
      </span>
      {member.phone ? (
        <span className="member-actions">
          <a
            className="icon-button"
            href={`tel:${digits(member.phone)}`}
            aria-label={`Gọi ${member.name}`}
            onClick={(e) => {
              e.preventDefault();
              void callPhone(member.phone ?? "");
            }}
          >
            <Phone size={20} aria-hidden="true" /> Gọi
          </a>
          <a
            className="icon-button"
            href={`https://zalo.me/${digits(member.phone).replace(/^\+84/, "0")}`}
            aria-label={`Nhắn Zalo cho ${member.name}`}
            onClick={(e) => {
              e.preventDefault();
              void openZaloChat(member.phone ?? "");
            }}
          >
            <MessageCircle size={20} aria-hidden="true" /> Nhắn Zalo
          </a>
        </span>
      ) : (
        <span className="muted small">Liên hệ qua tổ trưởng</span>
      )}
    </li>
  );
}
