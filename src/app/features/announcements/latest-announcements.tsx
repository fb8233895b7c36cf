import { useRecoilValue } from "recoil";
import { AnnouncementCard } from "./announcement-card";
import { announcementPageQuery, LATEST_ON_HOME } from "./announcements-state";

export function LatestAnnouncements() {
  const { items } = useRecoilValue(announcementPageQuery(LATEST_ON_HOME));
  if (items.length === 0) return <p className="muted">Phường chưa có thông báo mới.</p>;
  return (
    <>
      {items.map((a) => (
        <AnnouncementCard key={a.id} announcement={a} />
      ))}
    </>
  );
}
