import { Search } from "lucide-react";
import { useEffect, useState } from "react";
import { useRecoilValue } from "recoil";
import { formatDate } from "../../lib/dates";
import { ErrorState } from "../../ui/error-state";
import { HighlightedText } from "../../ui/highlighted-text";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { wardSlugState } from "../../lib/ward-state";
import { RequestEntry } from "../../ui/request-entry";
import { KIND_LABELS } from "./request-labels";
import { fetchAnswers } from "./requests-api";
import { useLoaded } from "./use-loaded";

const TYPING_PAUSE_MS = 400;

/** "Hỏi đáp": what the ward chose to publish, the question as staff edited it, nobody's name or phone. */
export default function AnswersPage() {
  const ward = useRecoilValue(wardSlugState);
  const [query, setQuery] = useState("");
  const [asked, setAsked] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(query.trim()), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const terms = asked.split(/\s+/).filter((t) => t.length > 1);
  const { data, error, loading, reload } = useLoaded(() => fetchAnswers(ward, asked), `${ward}|${asked}`);
  return (
    <PageLayout title="Hỏi đáp">
      <p className="muted">Câu hỏi của người dân và câu trả lời của phường.</p>
      <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
        <Search size={22} aria-hidden="true" />
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Ví dụ: đèn đường, khai sinh" aria-label="Tìm trong hỏi đáp" autoComplete="off" />
      </form>
      {error && !data ? (
        <ErrorState message={error.message} onRetry={error.retryable ? reload : undefined} />
      ) : !data ? (
        <SkeletonList label="Đang tải hỏi đáp…" />
      ) : (
        <>
          <p className="muted small" role="status">
            {loading ? "Đang tìm…" : data.items.length === 0 ? (asked ? "Không thấy câu hỏi nào khớp." : "Phường chưa đăng câu trả lời nào.") : `${data.items.length} câu hỏi`}
          </p>
          <ul className="request-list">
            {data.items.map((a) => (
              <li key={a.id} className="card answer-card">
                <p className="muted small">
                  {KIND_LABELS[a.kind]} · {formatDate(a.answeredAt)}
                </p>
                <h2 className="answer-question">
                  <HighlightedText text={a.question} terms={terms} />
                </h2>
                <p className="answer-text">
                  <HighlightedText text={a.answer} terms={terms} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <RequestEntry kind="question" description="Chưa thấy câu trả lời bạn cần? Hỏi phường." />
    </PageLayout>
  );
}
