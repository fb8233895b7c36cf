import { useEffect } from "react";
import { useLocation } from "react-router-dom";
import BottomNavigation from "zmp-ui/bottom-navigation";
import useNavigate from "zmp-ui/useNavigate";
import { screenAt, screens, TAB_SCREENS } from "../screens";

const AREA_TABS = TAB_SCREENS.filter((s) => s !== screens.home);

/** The tab a screen belongs to ("" when none: no tab is shown as current). */
export function activeTab(pathname: string): string {
  if (pathname === screens.home.path) return screens.home.path;
  const area = AREA_TABS.find((a) => pathname === a.path || pathname.startsWith(`${a.path}/`));
  if (area) return area.path;
  // Screens that belong to an area without living under its path.
  return TAB_SCREENS.find((tab) => tab.alsoCovers?.some((prefix) => pathname.startsWith(prefix)))?.path ?? "";
}

/** Assist mode is a full-screen, one-step-at-a-time view for a team member: no bar there. */
const hidesBar = (pathname: string) => screenAt(pathname)?.screen.hidesBar === true;

/**
 * On every screen, so a screen opened from a link always has a way home and to the four areas.
 * The bar grows with the text; its real height goes to --bottom-nav-height so pages keep their
 * last lines clear of it.
 */
export function BottomNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const hidden = hidesBar(pathname);
  useEffect(() => {
    const root = document.documentElement;
    const bar = document.querySelector(".zaui-bottom-navigation-content");
    if (hidden || !bar) {
      root.style.setProperty("--bottom-nav-height", "0px");
      return;
    }
    const update = () => root.style.setProperty("--bottom-nav-height", `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [hidden]);
  if (hidden) return null;
  const current = activeTab(pathname);
  return (
    <BottomNavigation
      fixed
      activeKey={current}
      onChange={(key) => navigate(key, { animate: false, replace: pathname === current })}
    >
      {TAB_SCREENS.map(({ path, tab }) => (
        <BottomNavigation.Item key={path} label={tab.label} icon={<tab.icon size={24} aria-hidden="true" />} />
      ))}
    </BottomNavigation>
  );
}
