import { CircleHelp, ShieldAlert } from "lucide-react";
import { useRecoilRefresher_UNSTABLE } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { LinkCard } from "../../ui/link-card";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AssistVisitCard } from "../../ui/assist-visit-card";
import { GuideList } from "./guide-list";
import { guideListQuery } from "./guides-state";
import { SearchLink } from "../../ui/search-link";
import { screens } from "../../screens";

export default function VneidPage() {
  const retry = useRecoilRefresher_UNSTABLE(guideListQuery("vneid"));
  const retryOnline = useRecoilRefresher_UNSTABLE(guideListQuery("online-services"));
  return (
    <PageLayout title="VNeID" back={false}>
      <SearchLink />
      <LinkCard to={screens.vneidCheck.to()} icon={CircleHelp} title="Tôi nên làm gì?" description="Trả lời vài câu hỏi để biết cần làm mức 1 hay mức 2." />
      <LinkCard to={screens.guide.to({ slug: "vneid-canh-giac" })} icon={ShieldAlert} title="Cảnh giác lừa đảo VNeID" description="Công an không làm VNeID qua điện thoại. Không có “mức 3”." tone="warning" />
      <h2>Hướng dẫn từng bước</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retry}>
        <GuideList topic="vneid" exclude={["vneid-canh-giac"]} />
      </AsyncBoundary>
      <h2>Dịch vụ công trên điện thoại</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryOnline}>
        <GuideList topic="online-services" />
      </AsyncBoundary>
      <AssistVisitCard />
    </PageLayout>
  );
}
