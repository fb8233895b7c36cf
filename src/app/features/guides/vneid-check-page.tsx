import { ArrowRight } from "lucide-react";
import { useState } from "react";
import { Link } from "react-router-dom";
import { PageLayout } from "../../ui/page-layout";
import { VNEID_CHECK, VNEID_CHECK_START, type CheckNode } from "./vneid-check";
import { screens } from "../../screens";

/** One question per screen; "Quay lại" goes back one answer, not out of the check. */
export default function VneidCheckPage() {
  const [trail, setTrail] = useState<string[]>([VNEID_CHECK_START]);
  const node: CheckNode | undefined = VNEID_CHECK[trail[trail.length - 1] ?? VNEID_CHECK_START];
  if (!node) return null;
  const back = trail.length > 1 ? () => setTrail(trail.slice(0, -1)) : undefined;
  return (
    <PageLayout title="Tôi nên làm gì?">
      <section className="card check-card" aria-live="polite">
        {node.kind === "question" ? (
          <>
            <p className="muted small">Câu {trail.length}</p>
            <h1>{node.text}</h1>
            {node.hint && <p className="muted">{node.hint}</p>}
            <div className="answer-list">
              {node.answers.map((a) => (
                <button key={a.label} type="button" className="answer-button" onClick={() => setTrail([...trail, a.next])}>
                  {a.label}
                </button>
              ))}
            </div>
          </>
        ) : (
          <>
            <p className="muted small">Bạn nên</p>
            <h1>{node.path}</h1>
            <p>{node.explanation}</p>
            <Link to={screens.guide.to({ slug: node.guide })} className="call-button">
              Xem hướng dẫn <ArrowRight size={20} aria-hidden="true" />
            </Link>
            <button type="button" className="action-button restart" onClick={() => setTrail([VNEID_CHECK_START])}>
              Làm lại từ đầu
            </button>
          </>
        )}
        {back && (
          <button type="button" className="link-button" onClick={back}>
            Quay lại câu trước
          </button>
        )}
      </section>
    </PageLayout>
  );
}
