import { ScanLine, Store } from "lucide-react";
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

export default function QrPaymentPage() {
  const retryQr = useRecoilRefresher_UNSTABLE(guideListQuery("qr-payment"));
  const retryBank = useRecoilRefresher_UNSTABLE(guideListQuery("bank-sim"));
  const retryScam = useRecoilRefresher_UNSTABLE(guideListQuery("scam"));
  return (
    <PageLayout title="Thanh toán QR" back={false}>
      <SearchLink />
      <LinkCard to={screens.qrCheck.to()} icon={ScanLine} title="Kiểm tra mã QR trước khi trả" description="Xem mã sẽ chuyển tiền vào tài khoản nào, ngân hàng nào." />
      <LinkCard to={screens.shopQr.to()} icon={Store} title="Tạo mã QR cho cửa hàng" description="Cho hộ kinh doanh: mã nhận tiền in ra đặt ở quầy." />
      <h2>Trả tiền và nhận tiền bằng mã QR</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryQr}>
        <GuideList topic="qr-payment" />
      </AsyncBoundary>
      <h2>Tài khoản ngân hàng và SIM chính chủ</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryBank}>
        <GuideList topic="bank-sim" />
      </AsyncBoundary>
      <h2>Nhận biết lừa đảo</h2>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retryScam}>
        <GuideList topic="scam" />
      </AsyncBoundary>
      <AssistVisitCard />
    </PageLayout>
  );
}
