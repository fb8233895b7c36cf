import { Search } from "lucide-react";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE, useRecoilValue, useRecoilValueLoadable } from "recoil";
import { areaMatches } from "../../../shared/area-search";
import { describeNextSession, nextSession } from "../../../shared/support-sessions";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { ContactsSection } from "./contacts-section";
import { MemberContact } from "./member-contact";
import { areasQuery, contactsQuery, teamListQuery } from "./teams-state";

function TeamList() {
  const { items } = useRecoilValue(teamListQuery);
  // The site search opens this list on the team it found (?team=), or filtered by an area's name (?q=).
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const only = params.get("team");
  // The areas' streets find a team too ("kiệt 45 Trưng Nữ Vương"); without them, names still do.
  const areas = useRecoilValueLoadable(areasQuery);
  const streetsOf = new Map((areas.state === "hasValue" ? areas.contents.items : []).map((a) => [a.id, a.streets]));
  const now = new Date();
  const matches = items.filter((t) =>
    only ? t.id === only : areaMatches(query, [t.name, t.meetingPlace, ...t.areas.flatMap((a) => [a.name, a.formerName, ...(streetsOf.get(a.id) ?? [])])]),
  );
  return (
    <section aria-labelledby="all-teams-title">
      <h2 id="all-teams-title">Các tổ công nghệ số</h2>
      <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
        <Search size={22} aria-hidden="true" />
        <input type="search" value={query} onChange={(e) => {
          setQuery(e.target.value);
          if (only) setParams({}, { replace: true });
        }} placeholder="Tìm theo tên tổ, tổ dân phố, đường" aria-label="Tìm tổ công nghệ số" autoComplete="off" />
      </form>
      {matches.map((t) => (
        <article key={t.id} className="card">
          <h3>{t.name}</h3>
          <p className="muted small">{t.areas.map((a) => a.name).join(", ")}</p>
          <p>{describeNextSession(nextSession(t.sessions, now), now)}</p>
          {t.leader && (
            <ul className="member-list">
              <MemberContact member={t.leader} />
            </ul>
          )}
        </article>
      ))}
      {matches.length === 0 && <p className="card">Không thấy tổ nào khớp với “{query}”.</p>}
    </section>
  );
}

export default function AllTeamsPage() {
  const refreshTeams = useRecoilRefresher_UNSTABLE(teamListQuery);
  const refreshContacts = useRecoilRefresher_UNSTABLE(contactsQuery);
  return (
    <PageLayout title="Tổ và liên hệ">
      <AsyncBoundary fallback={<SkeletonList label="Đang tải liên hệ…" count={1} />} onRetry={refreshContacts}>
        <ContactsSection />
      </AsyncBoundary>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải các tổ…" />} onRetry={refreshTeams}>
        <TeamList />
      </AsyncBoundary>
    </PageLayout>
  );
}
