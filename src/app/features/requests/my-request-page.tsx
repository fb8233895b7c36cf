import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { formatDate, formatDateTime } from "../../lib/dates";
import { ErrorState } from "../../ui/error-state";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import type { ResidentRequest } from "../../../shared/schemas/requests";
import { KIND_LABELS, statusText } from "./request-labels";
import { StatusBadge } from "./request-status";
import type { SentRequest } from "./request-store";
import { fetchMyRequest, fetchRequestPhoto } from "./requests-api";
import { useRequestStore } from "./requests-state";
import { useLoaded } from "./use-loaded";

/** The photos, fetched with the token (never in a URL) and shown from object URLs. */
function Photos({ record, count }: { record: SentRequest; count: number }) {
  const [urls, setUrls] = useState<(string | null)[]>([]);
  useEffect(() => {
    const made: string[] = [];
    let cancelled = false;
    void Promise.all(
      Array.from({ length: count }, (_, i) =>
        fetchRequestPhoto(record.ward, record.code, i + 1, record.accessToken).then(
          (blob) => {
            const url = URL.createObjectURL(blob);
            made.push(url);
            return url;
          },
          () => null,
        ),
      ),
    ).then((list) => !cancelled && setUrls(list));
    return () => {
      cancelled = true;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [record, count]);
  if (count === 0) return null;
  return (
    <section className="card" aria-labelledby="photos-title">
      <h2 id="photos-title">Ảnh bạn gửi</h2>
      <ul className="photo-list">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>{urls[i] ? <img src={urls[i] ?? ""} alt={`Ảnh ${i + 1}`} /> : <span className="muted small">{urls.length === 0 ? "Đang tải ảnh…" : "Chưa tải được ảnh"}</span>}</li>
        ))}
      </ul>
    </section>
  );
}

function Detail({ record, request }: { record: SentRequest; request: ResidentRequest }) {
  return (
    <article className="my-request">
      <header className="card">
        <p className="muted small">{KIND_LABELS[request.kind]}</p>
        <h1 className="request-code">Mã {request.code}</h1>
        <StatusBadge status={request.status} forwardedTo={request.forwardedTo} />
        <p className="muted small">Gửi ngày {formatDate(request.createdAt)}</p>
        <p className="request-full-text">{request.text}</p>
        {request.areaName && <p className="muted small">Ở: {request.areaName}</p>}
      </header>
      <section className="card" aria-labelledby="reply-title">
        <h2 id="reply-title">Phường trả lời</h2>
        {request.reply ? (
          <>
            <p className="reply-text">{request.reply.text}</p>
            <p className="muted small">Ngày {formatDate(request.reply.at)}</p>
          </>
        ) : (
          <p className="muted">Chưa có câu trả lời. Phường thường trả lời trong 5 ngày làm việc.</p>
        )}
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">Các bước</h2>
        <ol className="request-history">
          {request.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <strong>{statusText(h.status, h.forwardedTo)}</strong>
              <span className="muted small block">{formatDateTime(h.at)}</span>
            </li>
          ))}
        </ol>
      </section>
      <Photos record={record} count={request.photoCount} />
    </article>
  );
}

function Loader({ record }: { record: SentRequest }) {
  const { data, error, reload } = useLoaded(() => fetchMyRequest(record.ward, record.code, record.accessToken), record.code);
  if (data) return <Detail record={record} request={data} />;
  if (error) return <ErrorState message={error.message} onRetry={error.retryable ? reload : undefined} />;
  return <SkeletonList label="Đang tải…" count={2} />;
}

export default function MyRequestPage() {
  const code = useParams().code ?? "";
  const { sent, loaded } = useRequestStore();
  const record = sent.find((s) => s.code === code);
  return (
    <PageLayout title="Phản ánh của tôi">
      {!loaded ? <SkeletonList label="Đang mở…" count={1} /> : record ? <Loader record={record} /> : <ErrorState message="Điện thoại này không có phản ánh với mã này." />}
    </PageLayout>
  );
}
