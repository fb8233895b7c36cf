import { useState } from "react";
import { AnnouncementsView } from "./announcements-view";
import { AreasView } from "./areas-view";
import { AuditView } from "./audit-view";
import { GuidesView } from "./guides-view";
import { ProceduresView } from "./procedures-view";
import { TeamsView } from "./teams-view";
import { SignInPage } from "./sign-in-page";
import { StaffView } from "./staff-view";
import { StatsView } from "./stats-view";
import { useSession } from "./use-session";
import { WardSettingsView } from "./ward-settings-view";

type View = "announcements" | "procedures" | "teams" | "areas" | "guides" | "audit" | "stats" | "staff" | "settings";
const VIEWS: { id: View; label: string; adminOnly: boolean }[] = [
  { id: "announcements", label: "Thông báo", adminOnly: false },
  { id: "procedures", label: "Thủ tục", adminOnly: false },
  { id: "teams", label: "Tổ công nghệ số", adminOnly: false },
  { id: "areas", label: "Tổ dân phố", adminOnly: false },
  { id: "guides", label: "Hướng dẫn", adminOnly: true },
  { id: "audit", label: "Nhật ký", adminOnly: false },
  { id: "stats", label: "Thống kê", adminOnly: false },
  { id: "staff", label: "Cán bộ", adminOnly: true },
  { id: "settings", label: "Cài đặt phường", adminOnly: true },
];

/** The staff console: sign in, then the ward's announcements, audit log, staff and settings. */
export function ConsoleApp() {
  const { session, signIn, signOut } = useSession();
  const [view, setView] = useState<View>("announcements");
  const [ward, setWard] = useState<string | null>(null);
  if (session === undefined) return <p className="loading">Đang kiểm tra phiên đăng nhập…</p>;
  if (session === null) return <SignInPage onSignIn={signIn} />;
  const currentWard = ward ?? session.staff.wards[0] ?? "";
  const views = VIEWS.filter((v) => !v.adminOnly || session.staff.role === "admin");
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
        {view === "announcements" && <AnnouncementsView key={currentWard} ward={currentWard} />}
        {view === "procedures" && <ProceduresView key={currentWard} ward={currentWard} />}
        {view === "teams" && <TeamsView key={currentWard} ward={currentWard} />}
        {view === "areas" && <AreasView key={currentWard} ward={currentWard} />}
        {view === "guides" && <GuidesView />}
        {view === "audit" && <AuditView key={currentWard} ward={currentWard} />}
        {view === "stats" && <StatsView key={currentWard} ward={currentWard} />}
        {view === "staff" && <StaffView ward={currentWard} />}
        {view === "settings" && <WardSettingsView key={currentWard} ward={currentWard} />}
      </main>
    </div>
  );
}
