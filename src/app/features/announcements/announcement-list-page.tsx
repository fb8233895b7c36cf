import { Fragment, useState } from "react";
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import Button from "zmp-ui/button";
import { ANNOUNCEMENT_CATEGORIES, AnnouncementCategoryLabels, type AnnouncementCategory } from "../../../shared/schemas/announcement";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AnnouncementCard } from "./announcement-card";
import { announcementPageQuery, LIST_PAGE_SIZE as PAGE_SIZE, type PageKey } from "./announcements-state";

/** One page of the list; the last one offers "Xem thêm" when the API says there is more. */
function PageChunk({ pageKey, previousKey, isLast, onMore }: { pageKey: PageKey; previousKey: PageKey | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const { items, nextCursor } = useRecoilValue(announcementPageQuery(pageKey));
  // The page before is already loaded: its last item says whether "Các tổ khác" has started.
  const before = useRecoilValue(announcementPageQuery(previousKey ?? pageKey));
  const lastBefore = previousKey ? before.items[before.items.length - 1] : undefined;
  return (
    <>
      {items.map((a, i) => {
        const prev = i > 0 ? items[i - 1] : lastBefore;
        const startsOthers = a.audience === "other-area" && prev?.audience !== "other-area";
        return (
          <Fragment key={a.id}>
            {startsOthers && <h2 className="list-section">Các tổ khác</h2>}
            <AnnouncementCard announcement={a} />
          </Fragment>
        );
      })}
      {pageKey.cursor === null && items.length === 0 && <p className="muted">Chưa có thông báo nào trong mục này.</p>}
      {isLast && nextCursor && (
        <Button variant="secondary" fullWidth onClick={() => onMore(nextCursor)}>
          Xem thêm thông báo
        </Button>
      )}
    </>
  );
}

function Chunk(props: { pageKey: PageKey; previousKey: PageKey | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const refresh = useRecoilRefresher_UNSTABLE(announcementPageQuery(props.pageKey));
  return (
    <AsyncBoundary fallback={<SkeletonList label="Đang tải thông báo…" />} onRetry={refresh}>
      <PageChunk {...props} />
    </AsyncBoundary>
  );
}

export default function AnnouncementListPage() {
  const [category, setCategory] = useState<AnnouncementCategory | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const choose = (next: AnnouncementCategory | null) => {
    setCategory(next);
    setCursors([null]);
  };
  return (
    <PageLayout title="Thông báo của phường">
      <div className="chips" role="group" aria-label="Lọc theo loại thông báo">
        {[null, ...ANNOUNCEMENT_CATEGORIES].map((c) => (
          <button key={c ?? "all"} type="button" className="chip" aria-pressed={category === c} onClick={() => choose(c)}>
            {c ? AnnouncementCategoryLabels[c] : "Tất cả"}
          </button>
        ))}
      </div>
      {cursors.map((cursor, i) => (
        <Chunk
          key={`${category}-${cursor}`}
          pageKey={{ category, cursor, limit: PAGE_SIZE }}
          previousKey={i > 0 ? { category, cursor: cursors[i - 1] ?? null, limit: PAGE_SIZE } : null}
          isLast={i === cursors.length - 1}
          onMore={(next) => setCursors((list) => [...list, next])}
        />
      ))}
    </PageLayout>
  );
}
