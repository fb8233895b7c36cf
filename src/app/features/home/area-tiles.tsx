import { Link } from "react-router-dom";
import { AREAS } from "../../shell/areas";

export function AreaTiles() {
  return (
    <nav className="area-tiles" aria-label="Các mục chính">
      {AREAS.map(({ path, title, description, icon: Icon }) => (
        <Link key={path} to={path} className="area-tile">
          <Icon size={32} aria-hidden="true" />
          <span className="area-title">{title}</span>
          <span className="area-description">{description}</span>
        </Link>
      ))}
    </nav>
  );
}
