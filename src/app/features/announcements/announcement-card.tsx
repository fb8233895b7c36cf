import { Pin } from "lucide-react";
import { Link } from "react-router-dom";
import { AnnouncementCategoryLabels, type AnnouncementSummary } from "../../../shared/schemas/announcement";
import { formatDateTime, publishedLabel } from "../../lib/dates";
import { useSeenAnnouncements } from "./seen-announcements";
import { screens } from "../../screens";

export function CategoryBadge({ category }: { category: AnnouncementSummary["category"] }) {
  return <span className={`badge badge-${category}`}>{AnnouncementCategoryLabels[category]}</span>;
}

export function AnnouncementCard({ announcement }: { announcement: AnnouncementSummary }) {
  const { id, title, excerpt, category, pinned, publishedAt, audience } = announcement;
  const { isNew } = useSeenAnnouncements();
  return (
    <Link to={screens.announcement.to({ id })} className="card announcement-card">
      <div className="announcement-meta">
        {isNew(id, publishedAt) && <span className="badge badge-new">Mới</span>}
        <CategoryBadge category={category} />
        {audience === "your-area" && <span className="badge badge-your-area">Cho tổ của bạn</span>}
        {pinned && (
          <span className="pinned">
            <Pin size={14} aria-hidden="true" /> Ghim
          </span>
        )}
        <time dateTime={publishedAt} title={formatDateTime(publishedAt)}>
          {publishedLabel(publishedAt)}
        </time>
      </div>
      <h3>{title}</h3>
      <p>{excerpt}</p>
    </Link>
  );
}
