import { useRecoilRefresher_UNSTABLE } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AssistModeSwitch, GuideList } from "./guide-list";
import { guideListQuery } from "./guides-state";

export default function QrPaymentPage() {
  const retryQr = useRecoilRefresher_UNSTABLE(guideListQuery("qr-payment"));
  const retryScam = useRecoilRefresher_UNSTABLE(guideListQuery("scam"));
  return (
    <PageLayout title="Thanh toán QR" back={false}>
      <p className="card">Trả tiền bằng mã QR nhanh và an toàn nếu bạn luôn xem tên người nhận trước khi bấm chuyển.</p>
      <h2>Trả tiền và nhận tiền bằng mã QR</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryQr}>
        <GuideList topic="qr-payment" />
      </AsyncBoundary>
      <h2>Nhận biết lừa đảo</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryScam}>
        <GuideList topic="scam" />
      </AsyncBoundary>
      <AssistModeSwitch />
    </PageLayout>
  );
}
