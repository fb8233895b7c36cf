import { CalendarClock, MapPin, Users } from "lucide-react";
import { useRecoilValue } from "recoil";
import { describeNextSession, nextSession } from "../../../shared/support-sessions";
import { WEEKDAY_NAMES } from "../../../shared/opening-hours";
import { openWebPage } from "../../platform/zalo";
import { MemberContact } from "./member-contact";
import { teamQuery } from "./teams-state";

const daysText = (days: number[]) => days.map((d) => (WEEKDAY_NAMES[d] ?? "").toLowerCase()).join(", ");

export function TeamCard({ teamId }: { teamId: string }) {
  const team = useRecoilValue(teamQuery(teamId));
  const now = new Date();
  return (
    <article className="card team-card" aria-labelledby={`team-${team.id}`}>
      <h2 id={`team-${team.id}`}>{team.name}</h2>
      <p className="muted small">Phụ trách: {team.areas.map((a) => a.name).join(", ")}</p>
      <p className="next-session">
        <CalendarClock size={20} aria-hidden="true" />
        <span>
          <span className="small muted block">Buổi hỗ trợ gần nhất</span>
          <strong>{describeNextSession(nextSession(team.sessions, now), now)}</strong>
        </span>
      </p>
      <ul className="session-list small">
        {team.sessions.map((s) => (
          <li key={`${s.days.join()}-${s.start}`}>
            Hằng tuần, {daysText(s.days)}: {s.start.replace(/^0/, "")}–{s.end.replace(/^0/, "")} tại {s.place}
          </li>
        ))}
      </ul>
      {team.meetingPlace && (
        <p>
          <MapPin size={18} aria-hidden="true" /> {team.meetingPlace}
        </p>
      )}
      {team.zaloGroupUrl && (
        <a
          className="call-button"
          href={team.zaloGroupUrl}
          onClick={(e) => {
            e.preventDefault();
            void openWebPage(team.zaloGroupUrl ?? "");
          }}
        >
          <Users size={20} aria-hidden="true" /> Vào nhóm Zalo của tổ
        </a>
      )}
      <h3>Thành viên</h3>
      <ul className="member-list">
        {team.members.map((m) => (
          <MemberContact key={m.name} member={m} />
        ))}
      </ul>
      {team.isDemo && <p className="muted small">Tên và số điện thoại là dữ liệu minh họa.</p>}
    </article>
  );
}
