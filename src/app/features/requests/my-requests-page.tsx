import { ChevronRight, MessageSquarePlus } from "lucide-react";
import { Link } from "react-router-dom";
import { formatDate } from "../../lib/dates";
import { LinkCard } from "../../ui/link-card";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { KIND_LABELS, preview } from "./request-labels";
import { OutboxState, StatusBadge } from "./request-status";
import type { OutboxEntry, SentRequest } from "./request-store";
import { fetchMyRequest } from "./requests-api";
import { requestStore, useRequestStore } from "./requests-state";
import { useLoaded } from "./use-loaded";
import { screens } from "../../screens";

function WaitingItem({ entry }: { entry: OutboxEntry }) {
  return (
    <li className="card request-item">
      <p className="request-item-head">
        <strong>{KIND_LABELS[entry.request.kind]}</strong>
        <span className="muted small">{formatDate(entry.createdAt)}</span>
      </p>
      <p className="request-text-preview">{preview(entry.request.text)}</p>
      <OutboxState entry={entry} />
      {entry.state === "failed" && (
        <div className="action-row">
          <button type="button" className="action-button" onClick={() => void requestStore.retry(entry.clientId)}>
            Gửi lại
          </button>
          <button type="button" className="action-button" onClick={() => void requestStore.discard(entry.clientId)}>
            Xoá khỏi máy
          </button>
        </div>
      )}
    </li>
  );
}

function SentItem({ record }: { record: SentRequest }) {
  const { data, error } = useLoaded(() => fetchMyRequest(record.ward, record.code, record.accessToken), record.code);
  return (
    <li>
      <Link to={screens.myRequest.to({ code: record.code })} className="card request-item request-link">
        <span className="request-item-head">
          <strong>{KIND_LABELS[record.kind]}</strong>
          <span className="muted small">{formatDate(record.createdAt)}</span>
        </span>
        <span className="block request-code">Mã {record.code}</span>
        {data && <span className="block request-text-preview">{preview(data.text)}</span>}
        <span className="request-item-foot">
          {data ? <StatusBadge status={data.status} forwardedTo={data.forwardedTo} /> : <span className="muted small">{error ? "Chưa xem được trạng thái" : "Đang xem trạng thái…"}</span>}
          <ChevronRight size={20} aria-hidden="true" />
        </span>
        {data?.reply && <span className="block reply-preview">Phường trả lời: {preview(data.reply.text)}</span>}
      </Link>
    </li>
  );
}

export default function MyRequestsPage() {
  const { outbox, sent, loaded } = useRequestStore();
  return (
    <PageLayout title="Phản ánh của tôi">
      <p className="muted">Những gì bạn đã gửi từ điện thoại này. Chỉ điện thoại này xem được.</p>
      {!loaded ? (
        <SkeletonList label="Đang mở…" />
      ) : outbox.length + sent.length === 0 ? (
        <p className="card">Bạn chưa gửi phản ánh nào.</p>
      ) : (
        <ul className="request-list">
          {outbox.map((e) => (
            <WaitingItem key={e.clientId} entry={e} />
          ))}
          {sent.map((r) => (
            <SentItem key={r.clientId} record={r} />
          ))}
        </ul>
      )}
      <LinkCard to={screens.newRequest.to({ step: "kind" })} icon={MessageSquarePlus} title="Gửi phản ánh, góp ý mới" description="Báo chỗ hư hỏng, góp ý, hỏi phường hoặc nhờ hỗ trợ." />
    </PageLayout>
  );
}
