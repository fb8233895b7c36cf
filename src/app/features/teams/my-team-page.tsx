import { ChevronRight } from "lucide-react";
import { Link } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AreaPicker } from "../../ui/area-picker";
import { TeamCard } from "./team-card";
import { areasQuery, myAreaState, teamQuery } from "./teams-state";
import { SearchLink } from "../../ui/search-link";
import { screens } from "../../screens";

function MyTeam() {
  const [areaId, setAreaId] = useRecoilState(myAreaState);
  const { items } = useRecoilValue(areasQuery);
  const area = items.find((a) => a.id === areaId);
  const refreshTeam = useRecoilRefresher_UNSTABLE(teamQuery(area?.teamId ?? ""));
  if (areaId === undefined) return <SkeletonList label="Đang mở…" count={1} />;
  if (!area) return <AreaPicker areas={items} onPick={setAreaId} />;
  return (
    <>
      <div className="card my-area">
        <span>
          <span className="muted small block">Tổ dân phố của bạn</span>
          <strong>{area.name}</strong>
          {area.formerName && <span className="muted small block">Trước đây: {area.formerName}</span>}
        </span>
        <button type="button" className="link-button" onClick={() => setAreaId(null)}>
          Đổi
        </button>
      </div>
      {area.teamId ? (
        <AsyncBoundary fallback={<SkeletonList label="Đang tải tổ công nghệ số…" count={1} />} onRetry={refreshTeam}>
          <TeamCard teamId={area.teamId} />
        </AsyncBoundary>
      ) : (
        <p className="card">Tổ dân phố này chưa có tổ công nghệ số. Hãy gọi đường dây nóng của phường.</p>
      )}
    </>
  );
}

export default function MyTeamPage() {
  const refresh = useRecoilRefresher_UNSTABLE(areasQuery);
  return (
    <PageLayout title="Tổ công nghệ số" back={false}>
      <SearchLink />
      <AsyncBoundary fallback={<SkeletonList label="Đang tải danh sách tổ dân phố…" />} onRetry={refresh}>
        <MyTeam />
      </AsyncBoundary>
      <Link to={screens.allTeams.to()} className="card row-link">
        <span>Tất cả các tổ và liên hệ của phường</span>
        <ChevronRight size={20} aria-hidden="true" />
      </Link>
    </PageLayout>
  );
}
