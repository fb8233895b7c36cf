import { useLocation } from "react-router-dom";
import BottomNavigation from "zmp-ui/bottom-navigation";
import useNavigate from "zmp-ui/useNavigate";
import { AREAS, HOME_TAB } from "./areas";

const TABS = [HOME_TAB, ...AREAS];

/** Shown on the top-level screens only; detail screens have a back button instead. */
export function BottomNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.path === pathname);
  if (!active) return null;
  return (
    <BottomNavigation fixed activeKey={active.path} onChange={(key) => navigate(key, { animate: false, replace: true })}>
      {TABS.map(({ path, tab, icon: Icon }) => (
        <BottomNavigation.Item key={path} label={tab} icon={<Icon size={24} aria-hidden="true" />} />
      ))}
    </BottomNavigation>
  );
}
