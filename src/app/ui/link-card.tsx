import { ChevronRight, type LucideIcon } from "lucide-react";
import { Link } from "react-router-dom";

type Props = { to: string; icon: LucideIcon; title: string; description: string; tone?: "highlight" | "warning" };

/** A large tappable card that leads to another screen: icon, title, one line of why. */
export function LinkCard({ to, icon: Icon, title, description, tone = "highlight" }: Props) {
  return (
    <Link to={to} className={`card row-link ${tone}-row`}>
      <Icon size={28} aria-hidden="true" />
      <span>
        <strong>{title}</strong>
        <span className="muted small block">{description}</span>
      </span>
      <ChevronRight size={20} aria-hidden="true" />
    </Link>
  );
}
