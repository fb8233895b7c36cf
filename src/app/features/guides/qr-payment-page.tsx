import { ChevronRight, ScanLine, Store } from "lucide-react";
import { Link } from "react-router-dom";
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
      <Link to="/qr-payment/check" className="card row-link highlight-row">
        <ScanLine size={28} aria-hidden="true" />
        <span>
          <strong>Kiểm tra mã QR trước khi trả</strong>
          <span className="muted small block">Xem mã sẽ chuyển tiền vào tài khoản nào, ngân hàng nào.</span>
        </span>
        <ChevronRight size={20} aria-hidden="true" />
      </Link>
      <Link to="/qr-payment/shop" className="card row-link highlight-row">
        <Store size={28} aria-hidden="true" />
        <span>
          <strong>Tạo mã QR cho cửa hàng</strong>
          <span className="muted small block">Cho hộ kinh doanh: mã nhận tiền in ra đặt ở quầy.</span>
        </span>
        <ChevronRight size={20} aria-hidden="true" />
      </Link>
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
