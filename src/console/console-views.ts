import type { Session } from "../shared/schemas/staff";

export type View = "requests" | "announcements" | "procedures" | "confirmations" | "teams" | "areas" | "search" | "guides" | "audit" | "stats" | "national-audit" | "staff" | "settings" | "wards" | "password";
// Who sees each view: everyone, ward admins, admins or the national role, the national role.
type Audience = "all" | "admin" | "manager" | "national";
/** The console's sections, in menu order; each view's id is also its path under /console/. */
export const VIEWS: { id: View; label: string; audience: Audience }[] = [
  { id: "requests", label: "Phản ánh", audience: "all" },
  { id: "announcements", label: "Thông báo", audience: "all" },
  { id: "procedures", label: "Thủ tục", audience: "all" },
  { id: "confirmations", label: "Cần xác nhận", audience: "all" },
  { id: "teams", label: "Tổ công nghệ số", audience: "all" },
  { id: "areas", label: "Tổ dân phố", audience: "all" },
  { id: "search", label: "Tìm kiếm", audience: "all" },
  { id: "guides", label: "Hướng dẫn", audience: "national" },
  { id: "audit", label: "Nhật ký", audience: "all" },
  { id: "stats", label: "Thống kê", audience: "all" },
  { id: "national-audit", label: "Nhật ký toàn quốc", audience: "national" },
  { id: "staff", label: "Cán bộ", audience: "manager" },
  { id: "settings", label: "Cài đặt phường", audience: "admin" },
  { id: "wards", label: "Phường", audience: "national" },
  { id: "password", label: "Đổi mật khẩu", audience: "all" },
];

// A team lead works in the requests inbox only (the server refuses them everywhere else).
const TEAM_LEAD_VIEWS: View[] = ["requests", "password"];
export const sees = (staff: Session["staff"], view: View): boolean => {
  const audience = VIEWS.find((v) => v.id === view)?.audience;
  if (!audience) return false;
  if (staff.role === "team-lead") return TEAM_LEAD_VIEWS.includes(view);
  return audience === "all" || (audience === "admin" && staff.role === "admin") || (audience === "national" && staff.nationalEditor) || (audience === "manager" && (staff.role === "admin" || staff.nationalEditor));
};
export const homeView = (staff: Session["staff"]): View => (staff.role === "team-lead" ? "requests" : "announcements");

/** The ward being worked on rides in the address (?ward=…), so a deep link or a refresh keeps it. */
export const WARD_PARAM = "ward";
export const viewPath = (view: View, ward: string | null): string => `/${view}${ward ? `?${WARD_PARAM}=${encodeURIComponent(ward)}` : ""}`;
