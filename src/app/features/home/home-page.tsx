import { ChevronRight, Info } from "lucide-react";
import { lazy } from "react";
import { Link } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import Page from "zmp-ui/page";
import { AsyncBoundary } from "../../ui/async-boundary";
import { SavedCopyNotice } from "../../ui/saved-copy-notice";
import { SkeletonBlock, SkeletonList } from "../../ui/skeleton";
import { announcementPageQuery, LATEST_ON_HOME } from "../announcements/announcements-state";
import { LatestAnnouncements } from "../announcements/latest-announcements";
import { OfficeCard } from "../../ui/office-card";
import { wardQuery } from "../../lib/ward-state";
import { TextSizeControl } from "../../ui/text-size-control";
import { HomeSearchBox } from "../../ui/search-box";
import { AreaTiles } from "./area-tiles";
import { screens } from "../../screens";

// Not in the first bundle (which is near its budget): it arrives a moment after home shows.
const TalkToWard = lazy(() => import("../requests/talk-to-ward"));

function WardHeader() {
  const ward = useRecoilValue(wardQuery);
  return (
    <>
      <header className="home-hero" style={{ backgroundColor: ward.branding.color }}>
        <p className="brand">{ward.branding.title}</p>
        <h1>{ward.name}</h1>
        <p>{ward.province}</p>
      </header>
      <SavedCopyNotice />
      {ward.isDemo && (
        <p className="demo-notice" role="note">
          <Info size={18} aria-hidden="true" /> Bản trình diễn: tên, số điện thoại và giờ làm việc là dữ liệu minh họa.
        </p>
      )}
    </>
  );
}

function WardOffice() {
  return <OfficeCard ward={useRecoilValue(wardQuery)} />;
}

function WardHeaderSkeleton() {
  return (
    <div role="status">
      <span className="visually-hidden">Đang tải thông tin phường…</span>
      <header className="home-hero">
        <SkeletonBlock height={28} width="60%" />
        <SkeletonBlock height={16} width="40%" />
      </header>
    </div>
  );
}

export function HomePage() {
  const refreshWard = useRecoilRefresher_UNSTABLE(wardQuery);
  const refreshLatest = useRecoilRefresher_UNSTABLE(announcementPageQuery(LATEST_ON_HOME));
  return (
    <Page className="page home-page">
      <AsyncBoundary fallback={<WardHeaderSkeleton />} onRetry={refreshWard}>
        <WardHeader />
      </AsyncBoundary>
      {/* Outside the ward's boundary: the search answers from the phone's copies even when the ward cannot load. */}
      <div className="page-section home-search-section">
        <HomeSearchBox />
      </div>
      <AsyncBoundary fallback={null} onRetry={refreshWard}>
        <WardOffice />
      </AsyncBoundary>
      <div className="page-section">
        <AreaTiles />
      </div>
      <AsyncBoundary fallback={null} onRetry={() => window.location.reload()}>
        <TalkToWard onRetry={refreshWard} />
      </AsyncBoundary>
      <section className="page-section" aria-labelledby="latest-title">
        <div className="section-heading">
          <h2 id="latest-title">Thông báo mới</h2>
          <Link to={screens.announcementList.to()} className="see-all">
            Xem tất cả <ChevronRight size={18} aria-hidden="true" />
          </Link>
        </div>
        <AsyncBoundary fallback={<SkeletonList label="Đang tải thông báo…" />} onRetry={refreshLatest}>
          <LatestAnnouncements />
        </AsyncBoundary>
      </section>
      <div className="page-section">
        <TextSizeControl />
        <Link to={screens.about.to()} className="card row-link">
          <Info size={22} aria-hidden="true" />
          <span>Về ứng dụng và quyền riêng tư</span>
          <ChevronRight size={20} aria-hidden="true" />
        </Link>
      </div>
    </Page>
  );
}
