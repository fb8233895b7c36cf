import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import type { Session } from "../shared/schemas/staff";
import { AnnouncementsView } from "./announcements/announcements-view";
import { AreasView } from "./areas/areas-view";
import { AuditView } from "./audit/audit-view";
import { ChangePasswordView } from "./auth/change-password-view";
import { ConfirmationsView } from "./confirmations/confirmations-view";
import { homeView, sees, viewPath, VIEWS, WARD_PARAM, type View } from "./console-views";
import { GuidesView } from "./guides/guides-view";
import { ProceduresView } from "./procedures/procedures-view";
import { RequestsView } from "./requests/requests-view";
import { SearchTermsView } from "./search-terms/search-terms-view";
import { WardSettingsView } from "./settings/ward-settings-view";
import { StaffView } from "./staff/staff-view";
import { StatsView } from "./stats/stats-view";
import { TeamsView } from "./teams/teams-view";
import { WardsView } from "./wards/wards-view";

type Props = { session: Session; onSignOut: () => void; onPasswordChanged: (session: Session) => void };

/** The top bar (sections, ward, sign out) and the section the address names. */
export function ConsoleRoutes({ session, onSignOut, onPasswordChanged }: Props) {
  const { staff } = session;
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  // No ward in the address: the first of the staff member's wards, as before routing.
  const ward = params.get(WARD_PARAM) ?? staff.wards[0] ?? "";
  const wardInPath = staff.wards.length > 1 || params.has(WARD_PARAM) ? ward : null;
  const current = location.pathname.split("/")[1] ?? "";
  const go = (view: View, toWard: string | null = wardInPath) => navigate(viewPath(view, toWard));
  const views = VIEWS.filter((v) => sees(staff, v.id));

  const element: Record<View, JSX.Element> = {
    requests: <RequestsView key={ward} ward={ward} staff={staff} />,
    announcements: <AnnouncementsView key={ward} ward={ward} />,
    procedures: <ProceduresView key={ward} ward={ward} />,
    confirmations: <ConfirmationsView key={ward} ward={ward} />,
    teams: <TeamsView key={ward} ward={ward} />,
    areas: <AreasView key={ward} ward={ward} />,
    search: <SearchTermsView key={ward} ward={ward} />,
    guides: <GuidesView />,
    audit: <AuditView key={ward} ward={ward} />,
    stats: <StatsView key={ward} ward={ward} />,
    "national-audit": <AuditView key="national" ward={null} />,
    staff: <StaffView ward={ward} />,
    settings: <WardSettingsView key={ward} ward={ward} />,
    wards: <WardsView canOpenSettings={staff.role === "admin"} onOpen={(w, next) => go(next, w)} />,
    password: <ChangePasswordView forced={false} onChanged={onPasswordChanged} />,
  };
  const home = <Navigate replace to={viewPath(homeView(staff), wardInPath)} />;

  return (
    <div className="console">
      <header className="topbar">
        <strong>Công Dân Số · Quản trị</strong>
        <nav aria-label="Mục quản trị">
          {views.map((v) => (
            <button key={v.id} type="button" aria-current={current === v.id ? "page" : undefined} onClick={() => go(v.id)}>
              {v.label}
            </button>
          ))}
        </nav>
        {staff.wards.length > 1 && (
          <select aria-label="Phường" value={ward} onChange={(e) => go(views.find((v) => v.id === current)?.id ?? homeView(staff), e.target.value)}>
            {staff.wards.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        )}
        <span className="who">{staff.name}</span>
        <button type="button" onClick={onSignOut}>
          Đăng xuất
        </button>
      </header>
      <main className="content">
        <Routes>
          {views.map((v) => (
            // "/*": a section may have its own addresses below it (announcements/123).
            <Route key={v.id} path={`${v.id}/*`} element={element[v.id]} />
          ))}
          <Route path="*" element={home} />
        </Routes>
      </main>
    </div>
  );
}
