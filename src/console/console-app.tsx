import { useState } from "react";
import type { Session } from "../shared/schemas/staff";
import { ChangePasswordView } from "./change-password-view";
import { AnnouncementsView } from "./announcements-view";
import { AreasView } from "./areas-view";
import { AuditView } from "./audit-view";
import { ConfirmationsView } from "./confirmations-view";
import { GuidesView } from "./guides-view";
import { ProceduresView } from "./procedures-view";
import { RequestsView } from "./requests-view";
import { SearchTermsView } from "./search-terms-view";
import { TeamsView } from "./teams-view";
import { SignInPage } from "./sign-in-page";
import { StaffView } from "./staff-view";
import { StatsView } from "./stats-view";
import { useSession } from "./use-session";
import { WardSettingsView } from "./ward-settings-view";
import { WardsView } from "./wards-view";

type View = "requests" | "announcements" | "procedures" | "confirmations" | "teams" | "areas" | "search" | "guides" | "audit" | "stats" | "national-audit" | "staff" | "settings" | "wards" | "password";
// Who sees each view: everyone, ward admins, admins or the national role, the national role.
type Audience = "all" | "admin" | "manager" | "national";
const VIEWS: { id: View; label: string; audience: Audience }[] = [
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
const sees = (staff: Session["staff"], audience: Audience, view: View) =>
  staff.role === "team-lead" ? TEAM_LEAD_VIEWS.includes(view) : audience === "all" || (audience === "admin" && staff.role === "admin") || (audience === "national" && staff.nationalEditor) || (audience === "manager" && (staff.role === "admin" || staff.nationalEditor));

/** The staff console: sign in, then the ward's announcements, audit log, staff and settings. */
export function ConsoleApp() {
  const { session, signIn, signOut, accept } = useSession();
  const [chosen, setView] = useState<View | null>(null);
  const [ward, setWard] = useState<string | null>(null);
  if (session === undefined) return <p className="loading">Đang kiểm tra phiên đăng nhập…</p>;
  if (session === null) return <SignInPage onSignIn={signIn} />;
  if (session.staff.mustChangePassword) {
    return (
      <main>
        <ChangePasswordView forced onChanged={accept} />
      </main>
    );
  }
  const currentWard = ward ?? session.staff.wards[0] ?? "";
  const view: View = chosen ?? (session.staff.role === "team-lead" ? "requests" : "announcements");
  const views = VIEWS.filter((v) => sees(session.staff, v.audience, v.id));
  return (
    <div className="console">
      <header className="topbar">
        <strong>Công Dân Số · Quản trị</strong>
        <nav aria-label="Mục quản trị">
          {views.map((v) => (
            <button key={v.id} type="button" aria-current={view === v.id ? "page" : undefined} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
        {session.staff.wards.length > 1 && (
          <select aria-label="Phường" value={currentWard} onChange={(e) => setWard(e.target.value)}>
            {session.staff.wards.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        )}
        <span className="who">{session.staff.name}</span>
        <button type="button" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </header>
      <main className="content">
        {view === "requests" && <RequestsView key={currentWard} ward={currentWard} staff={session.staff} />}
        {view === "announcements" && <AnnouncementsView key={currentWard} ward={currentWard} />}
        {view === "procedures" && <ProceduresView key={currentWard} ward={currentWard} />}
        {view === "confirmations" && <ConfirmationsView key={currentWard} ward={currentWard} />}
        {view === "teams" && <TeamsView key={currentWard} ward={currentWard} />}
        {view === "areas" && <AreasView key={currentWard} ward={currentWard} />}
        {view === "search" && <SearchTermsView key={currentWard} ward={currentWard} />}
        {view === "guides" && <GuidesView />}
        {view === "audit" && <AuditView key={currentWard} ward={currentWard} />}
        {view === "national-audit" && <AuditView key="national" ward={null} />}
        {view === "password" && <ChangePasswordView forced={false} onChanged={accept} />}
        {view === "stats" && <StatsView key={currentWard} ward={currentWard} />}
        {view === "staff" && <StaffView ward={currentWard} />}
        {view === "settings" && <WardSettingsView key={currentWard} ward={currentWard} />}
        {view === "wards" && (
          <WardsView
            canOpenSettings={session.staff.role === "admin"}
            onOpen={(w, next) => {
              setWard(w);
              setView(next);
            }}
          />
        )}
      </main>
    </div>
  );
}
