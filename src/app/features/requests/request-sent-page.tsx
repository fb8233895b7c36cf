import { CircleCheck, ListChecks } from "lucide-react";
import { Link, useParams } from "react-router-dom";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { OutboxState } from "./request-status";
import { requestStore, useRequestStore } from "./requests-state";
import { WardOaActions } from "./ward-oa-actions";
import { screens } from "../../screens";

function MyRequestsLink() {
  return (
    <Link to={screens.myRequests.to()} className="call-button">
      <ListChecks size={20} aria-hidden="true" /> Xem “Phản ánh của tôi”
    </Link>
  );
}

export default function RequestSentPage() {
  const clientId = useParams().clientId ?? "";
  const { outbox, sent, loaded } = useRequestStore();
  const done = sent.find((s) => s.clientId === clientId);
  const waiting = outbox.find((e) => e.clientId === clientId);
  let body;
  if (!loaded) body = <SkeletonList label="Đang mở…" count={1} />;
  else if (done) {
    body = (
      <>
        <section className="card sent-card" aria-labelledby="sent-title">
          <CircleCheck size={40} aria-hidden="true" className="sent-icon" />
          <h1 id="sent-title">Phường đã nhận</h1>
          <p>Mã theo dõi của bạn:</p>
          <p className="tracking-code" aria-label={`Mã theo dõi ${done.code.split("").join(" ")}`}>
            {done.code}
          </p>
          <p>Bạn xem việc này đến đâu, và câu trả lời của phường, trong “Phản ánh của tôi”. Không cần ghi lại mã: điện thoại đã lưu.</p>
        </section>
        <MyRequestsLink />
        <AsyncBoundary fallback={null}>
          <WardOaActions why="Quan tâm Zalo của phường để nhận tin khi có câu trả lời." />
        </AsyncBoundary>
      </>
    );
  } else if (waiting) {
    body = (
      <>
        <section className="card sent-card" aria-labelledby="sent-title">
          <h1 id="sent-title">{waiting.state === "failed" ? "Chưa gửi được" : "Đã lưu trên điện thoại"}</h1>
          <OutboxState entry={waiting} />
          {waiting.state === "failed" ? (
            <div className="action-row">
              <button type="button" className="action-button" onClick={() => void requestStore.retry(clientId)}>
                Gửi lại
              </button>
            </div>
          ) : (
            <p>Không cần mở lại ứng dụng hay gửi lại: khi có mạng, điện thoại tự gửi một lần, rồi hiện mã theo dõi ở đây và trong “Phản ánh của tôi”.</p>
          )}
        </section>
        <MyRequestsLink />
      </>
    );
  } else {
    body = (
      <div className="card">
        <p>Không thấy phản ánh này trên điện thoại.</p>
        <MyRequestsLink />
      </div>
    );
  }
  return (
    <PageLayout title="Gửi phản ánh, góp ý" backTo={screens.home.to()}>
      {body}
    </PageLayout>
  );
}
