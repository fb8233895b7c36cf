import { Search } from "lucide-react";
import { Link } from "react-router-dom";
import { screens } from "../screens";

/** A way into the one search from each area's first screen (home has the box itself). */
export function SearchLink() {
  return (
    <Link to={screens.search.to()} className="search-link">
      <Search size={20} aria-hidden="true" /> Tìm trong mọi mục
    </Link>
  );
}
