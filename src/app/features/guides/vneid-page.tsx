import { ChevronRight, CircleHelp, ShieldAlert } from "lucide-react";
import { Link } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AssistModeSwitch, GuideList } from "./guide-list";
import { guideListQuery } from "./guides-state";

export default function VneidPage() {
  const retry = useRecoilRefresher_UNSTABLE(guideListQuery("vneid"));
  return (
    <PageLayout title="VNeID" back={false}>
      <Link to="/vneid/check" className="card row-link highlight-row">
        <CircleHelp size={28} aria-hidden="true" />
        <span>
          <strong>Tôi nên làm gì?</strong>
          <span className="muted small block">Trả lời vài câu hỏi để biết cần làm mức 1 hay mức 2.</span>
        </span>
        <ChevronRight size={20} aria-hidden="true" />
      </Link>
      <Link to="/guides/vneid-canh-giac" className="card row-link warning-row">
        <ShieldAlert size={28} aria-hidden="true" />
        <span>
          <strong>Cảnh giác lừa đảo VNeID</strong>
          <span className="muted small block">Công an không làm VNeID qua điện thoại. Không có “mức 3”.</span>
        </span>
        <ChevronRight size={20} aria-hidden="true" />
      </Link>
      <h2>Hướng dẫn từng bước</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retry}>
        <GuideList topic="vneid" exclude={["vneid-canh-giac"]} />
      </AsyncBoundary>
      <AssistModeSwitch />
    </PageLayout>
  );
}
