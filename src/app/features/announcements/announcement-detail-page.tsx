import { Share2 } from "lucide-react";
import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { useSeenAnnouncements } from "./seen-announcements";
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import { formatDateTime, publishedLabel } from "../../lib/dates";
import { useSharePage } from "../../lib/use-share-page";
import { AsyncBoundary } from "../../ui/async-boundary";
import { ErrorState } from "../../ui/error-state";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonBlock } from "../../ui/skeleton";
import { CategoryBadge } from "./announcement-card";
import { AnnouncementFiles } from "./announcement-files";
import { announcementQuery } from "./announcements-state";
import { screens } from "../../screens";

function AnnouncementBody({ id }: { id: number }) {
  const a = useRecoilValue(announcementQuery(id));
  const { markSeen } = useSeenAnnouncements();
  const sharePage = useSharePage();
  useEffect(() => markSeen(id), [id, markSeen]);
  const share = () => sharePage({ title: a.title, text: a.excerpt, path: screens.announcement.to({ id: a.id }) });
  return (
    <article className="card announcement-detail">
      <div className="announcement-meta">
        <CategoryBadge category={a.category} />
        <time dateTime={a.publishedAt}>
          {publishedLabel(a.publishedAt)} · {formatDateTime(a.publishedAt)}
        </time>
      </div>
      <h1>{a.title}</h1>
      {a.revisedAt && <p className="announcement-revised">Đã cập nhật lúc {formatDateTime(a.revisedAt).replace(", ", " ")}</p>}
      {/* bodyHtml is rendered and sanitised by our API (allow-listed tags, no scripts or handlers). */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      <AnnouncementFiles files={a.attachments ?? []} />
      <p className="muted">{a.author}</p>
      <button type="button" className="action-button" onClick={() => void share()}>
        <Share2 size={20} aria-hidden="true" /> Chia sẻ qua Zalo
      </button>
    </article>
  );
}

function DetailSkeleton() {
  return (
    <div className="card" role="status">
      <span className="visually-hidden">Đang tải thông báo…</span>
      <SkeletonBlock height={24} width="85%" />
      <SkeletonBlock height={14} />
      <SkeletonBlock height={14} />
      <SkeletonBlock height={14} width="60%" />
    </div>
  );
}

export default function AnnouncementDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const refresh = useRecoilRefresher_UNSTABLE(announcementQuery(valid ? id : 0));
  return (
    <PageLayout title="Thông báo">
      {valid ? (
        <AsyncBoundary fallback={<DetailSkeleton />} onRetry={refresh}>
          <AnnouncementBody id={id} />
        </AsyncBoundary>
      ) : (
        <ErrorState message="Đường dẫn thông báo không đúng." />
      )}
    </PageLayout>
  );
}
