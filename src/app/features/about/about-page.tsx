import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { TextSizeControl } from "../../ui/text-size-control";
import { UsageSwitch } from "../../ui/usage-switch";
import { HotlineLink } from "../../ui/hotline-link";
import { OfficeDetails } from "../../ui/office-details";
import { wardQuery } from "../../lib/ward-state";

// What the app keeps on the phone: one item per group of keys in src/app/lib/device-store/keys.ts.
const KEPT_ON_PHONE = [
  "Tổ dân phố bạn chọn, để mở ngay tổ công nghệ số của bạn.",
  "Giấy tờ bạn đã đánh dấu là đã chuẩn bị, và các thủ tục bạn đã lưu.",
  "Bước bạn đang làm trong mỗi hướng dẫn.",
  "Những thông báo bạn đã mở, để biết thông báo nào là mới.",
  "Cỡ chữ bạn chọn.",
  "Bản sao nội dung công khai của phường (thông báo, thủ tục, hướng dẫn, tổ công nghệ số) để xem khi mất mạng.",
];

function AboutWard() {
  const ward = useRecoilValue(wardQuery);
  const office = ward.offices.find((o) => o.kind === "people-committee") ?? ward.offices[0];
  return (
    <>
      <section className="card" aria-labelledby="who-title">
        <h2 id="who-title">Ai cung cấp ứng dụng</h2>
        <p>
          {ward.name}, {ward.province} cung cấp ứng dụng này cho người dân. Cán bộ phường cập nhật thông báo, thủ tục và danh sách tổ công nghệ số.
        </p>
        {ward.isDemo && <p className="muted small">Bản trình diễn: tên, số điện thoại và giờ làm việc là dữ liệu minh họa.</p>}
      </section>
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title">Liên hệ phường</h2>
        {office && (
          <>
            <p>
              <strong>{office.name}</strong>
            </p>
            <OfficeDetails office={office} showNote={false} />
          </>
        )}
        {ward.hotline && <HotlineLink phone={ward.hotline} />}
      </section>
    </>
  );
}

/** "Về ứng dụng": who runs the app, what it keeps on the phone, what it sends, how to reach the ward. */
export default function AboutPage() {
  const retry = useRecoilRefresher_UNSTABLE(wardQuery);
  return (
    <PageLayout title="Về ứng dụng">
      <AsyncBoundary fallback={<SkeletonList label="Đang tải thông tin phường…" />} onRetry={retry}>
        <AboutWard />
      </AsyncBoundary>
      <section className="card" aria-labelledby="kept-title">
        <h2 id="kept-title">Ứng dụng lưu gì trên điện thoại của bạn</h2>
        <ul className="plain-list">
          {KEPT_ON_PHONE.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>Những điều này chỉ nằm trên điện thoại của bạn. Xóa ứng dụng khỏi Zalo (hoặc xóa dữ liệu trình duyệt) là xóa hết.</p>
      </section>
      <section className="card" aria-labelledby="sent-title">
        <h2 id="sent-title">Ứng dụng gửi gì đi</h2>
        <p>
          Ứng dụng chỉ tải nội dung công khai của phường từ máy chủ của phường. Ứng dụng không hỏi tên, số điện thoại hay vị trí của bạn, và không
          gửi đi những gì bạn lưu trên máy.
        </p>
        <p>Mã QR bạn kiểm tra chỉ được đọc trên điện thoại, không gửi lên máy chủ.</p>
        <p>
          Khi bạn tìm mà không ra kết quả, máy chủ ghi lại từ đã tìm và ngày tìm, để phường bổ sung nội dung. Ứng dụng cũng gửi số liệu sử dụng ẩn
          danh (bạn tắt được ở dưới). Cả hai đều không kèm tên, số điện thoại hay mã thiết bị.
        </p>
        <p>
          Khi bạn bấm gọi hoặc nhắn Zalo, điện thoại mở ứng dụng gọi hoặc Zalo; ứng dụng này không ghi lại cuộc gọi hay tin nhắn. Máy chủ của phường
          ghi nhật ký kỹ thuật (thời điểm, địa chỉ mạng, trang được mở) để chống tấn công, không gắn với tên của bạn.
        </p>
        <p className="muted small">Dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP. Nếu sau này một mục cần thông tin của bạn, ứng dụng sẽ nói rõ lý do và hỏi bạn trước.</p>
      </section>
      <section className="card">
        <UsageSwitch />
      </section>
      <TextSizeControl />
    </PageLayout>
  );
}
