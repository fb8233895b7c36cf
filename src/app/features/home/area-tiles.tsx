import { Link } from "react-router-dom";
import { TILE_SCREENS } from "../../screens";

export function AreaTiles() {
  return (
    <nav className="area-tiles" aria-label="Các mục chính">
      {TILE_SCREENS.map(({ path, tile }) => (
        <Link key={path} to={path} className="area-tile">
          <tile.icon size={32} aria-hidden="true" />
          <span className="area-title">{tile.title}</span>
          <span className="area-description">{tile.description}</span>
        </Link>
      ))}
    </nav>
  );
}
