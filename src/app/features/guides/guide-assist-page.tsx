import { ChevronLeft, ChevronRight, PartyPopper } from "lucide-react";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import Page from "zmp-ui/page";
import { useGoBack } from "../../shell/use-go-back";
import { AsyncBoundary } from "../../ui/async-boundary";
import { SkeletonList } from "../../ui/skeleton";
import { guideQuery } from "./guides-state";
import { useGuideProgress } from "./guide-progress";
import { AssistVisitCard } from "../../ui/assist-visit-card";
import { useVisit } from "../../lib/assist-visit";
import { screens } from "../../screens";

/**
 * For a team member holding the resident's phone: one step per screen, very large text, big
 * Quay lại / Tiếp buttons. During an assist visit, the end screen offers "Kết thúc, trả máy",
 * which puts back what the visit changed (lib/assist-visit.ts); the resident's own progress stays.
 */
function AssistView({ slug }: { slug: string }) {
  const guide = useRecoilValue(guideQuery(slug));
  const { progress, open, complete } = useGuideProgress(slug, guide.steps.length);
  const visit = useVisit();
  const [finished, setFinished] = useState(false);
  // Kept from the moment of "Xong": the card stays to say "Đã xóa…" after the visit has ended.
  const [helping, setHelping] = useState(false);
  // Back to where the team member came from; opened by a link, that is home (never out of the app).
  const leave = useGoBack(screens.guide.to({ slug }));
  const i = progress.current;
  const step = guide.steps[i];
  const last = i === guide.steps.length - 1;

  if (finished) {
    return (
      <div className="assist-screen assist-done">
        <PartyPopper size={64} aria-hidden="true" />
        <h1>Đã xong!</h1>
        <p>Đã làm xong {guide.steps.length} bước của “{guide.title}”.</p>
        {helping && <AssistVisitCard />}
        <button type="button" className={helping ? "assist-button" : "assist-button assist-next"} onClick={leave}>
          Quay về
        </button>
      </div>
    );
  }
  if (!step) return null;
  const help = guide.troubleshooting.filter((t) => t.step === i + 1);
  return (
    <div className="assist-screen">
      <div className="assist-top">
        <p className="assist-progress" role="status">
          Bước {i + 1}/{guide.steps.length}
        </p>
        <button type="button" className="link-button" onClick={leave}>
          Thoát
        </button>
      </div>
      <h1>{step.title}</h1>
      <p className="assist-body">{step.body}</p>
      {step.warning && <p className="callout callout-warning">{step.warning}</p>}
      {step.tip && <p className="callout">{step.tip}</p>}
      {help.map((t) => (
        <details key={t.problem} className="troubleshooting">
          <summary>{t.problem}</summary>
          <p>{t.solution}</p>
        </details>
      ))}
      <div className="assist-nav">
        <button type="button" className="assist-button" disabled={i === 0} onClick={() => open(i - 1)}>
          <ChevronLeft size={28} aria-hidden="true" /> Quay lại
        </button>
        {last ? (
          <button
            type="button"
            className="assist-button assist-next"
            onClick={() => {
              complete(i);
              setHelping(visit !== null);
              setFinished(true);
            }}
          >
            Xong
          </button>
        ) : (
          <button type="button" className="assist-button assist-next" onClick={() => complete(i)}>
            Tiếp <ChevronRight size={28} aria-hidden="true" />
          </button>
        )}
      </div>
      <p className="muted assist-guide-title">{guide.title}</p>
    </div>
  );
}

export default function GuideAssistPage() {
  const slug = useParams().slug ?? "";
  const retry = useRecoilRefresher_UNSTABLE(guideQuery(slug));
  return (
    <Page className="page assist-page">
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retry}>
        <AssistView slug={slug} />
      </AsyncBoundary>
    </Page>
  );
}
