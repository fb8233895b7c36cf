import { HandHelping, Share2, Users } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from "recoil";
import { GuideAudienceLabels } from "../../../shared/schemas/guide";
import type { GuideDetail } from "../../../shared/schemas/guide-api";
import { useSharePage } from "../../lib/use-share-page";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { OfficeDetails } from "../../ui/office-details";
import { GuideSources } from "./guide-sources";
import { GuideStepItem } from "./guide-step";
import { HelpfulQuestion } from "../../ui/helpful-question";
import { RequestEntry } from "../../ui/request-entry";
import { useCountGuideProgress } from "../../lib/use-usage-counts";
import { guideQuery } from "./guides-state";
import { useGuideProgress } from "./guide-progress";
import { screens } from "../../screens";

function PoliceOffice({ guide }: { guide: GuideDetail }) {
  const office = guide.ward.policeOffice;
  const aboutPolice = guide.steps.some((s) => /công an/i.test(`${s.title} ${s.body}`));
  if (!office || !aboutPolice) return null;
  return (
    <section className="card office-card-inline" aria-labelledby="police-title">
      <h2 id="police-title">Công an phường</h2>
      <p>
        <strong>{office.name}</strong>
      </p>
      <OfficeDetails office={office} />
    </section>
  );
}

function GuideView({ slug }: { slug: string }) {
  const guide = useRecoilValue(guideQuery(slug));
  const { progress, loaded, open, complete, undo } = useGuideProgress(slug, guide.steps.length);
  const [params] = useSearchParams();
  const [showAll, setShowAll] = useState(false);
  const sharePage = useSharePage();
  const linkedStep = Number(params.get("step"));
  useCountGuideProgress(slug, progress.done, guide.steps.length, loaded);

  // A deep link to a step (?step=3) opens it, once the saved progress has been read; `open` is a
  // new function every render, and must not reopen the step each time.
  const openStep = useRef(open);
  openStep.current = open;
  useEffect(() => {
    if (loaded && Number.isInteger(linkedStep) && linkedStep >= 1) openStep.current(linkedStep - 1);
  }, [loaded, linkedStep]);

  const share = () => sharePage({ title: guide.title, text: guide.summary, path: screens.guide.to({ slug }, { step: progress.current + 1 }) });
  const general = guide.troubleshooting.filter((t) => t.step === undefined);
  return (
    <article className="guide">
      <header className="card">
        <p className="muted small">
          {GuideAudienceLabels[guide.audience]}
          {guide.timeNeeded ? ` · ${guide.timeNeeded}` : ""}
        </p>
        <h1>{guide.title}</h1>
        <p>{guide.summary}</p>
        <p className="progress-label" role="status">
          Bước {progress.current + 1}/{guide.steps.length} · đã xong {progress.done.length}
        </p>
        <progress max={guide.steps.length} value={progress.done.length} aria-label="Số bước đã xong" />
        <div className="action-row">
          <Link to={screens.guideAssist.to({ slug })} className="action-button">
            <HandHelping size={20} aria-hidden="true" /> Chế độ hỗ trợ
          </Link>
          <button type="button" className="action-button" onClick={() => void share()}>
            <Share2 size={20} aria-hidden="true" /> Chia sẻ
          </button>
        </div>
      </header>
      {guide.prepare.length > 0 && (
        <section className="card" aria-labelledby="prepare-title">
          <h2 id="prepare-title">Chuẩn bị trước</h2>
          <ul>
            {guide.prepare.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      <PoliceOffice guide={guide} />
      <section className="card" aria-labelledby="guide-steps-title">
        <div className="section-heading">
          <h2 id="guide-steps-title">Các bước</h2>
          <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? "Thu gọn các bước" : "Xem tất cả các bước"}
          </button>
        </div>
        <ol className="guide-steps">
          {guide.steps.map((step, i) => (
            <GuideStepItem
              key={step.title}
              index={i}
              step={step}
              open={showAll || progress.current === i}
              done={progress.done.includes(i)}
              troubleshooting={guide.troubleshooting.filter((t) => t.step === i + 1)}
              onToggle={() => open(i)}
              onComplete={() => complete(i)}
              onUndo={() => undo(i)}
            />
          ))}
        </ol>
      </section>
      {general.length > 0 && (
        <section className="card" aria-labelledby="trouble-title">
          <h2 id="trouble-title">Gặp trục trặc?</h2>
          <dl className="troubleshooting-list">
            {general.map((t) => (
              <div key={t.problem}>
                <dt>{t.problem}</dt>
                <dd>{t.solution}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <Link to={screens.teams.to()} className="call-button">
        <Users size={20} aria-hidden="true" /> Nhờ tổ công nghệ số hỗ trợ
      </Link>
      <HelpfulQuestion kind="guide" id={slug} />
      <RequestEntry />
      <GuideSources guide={guide} />
    </article>
  );
}

export default function GuidePage() {
  const slug = useParams().slug ?? "";
  const retry = useRecoilRefresher_UNSTABLE(guideQuery(slug));
  return (
    <PageLayout title="Hướng dẫn từng bước">
      <AsyncBoundary fallback={<SkeletonList label="Đang tải hướng dẫn…" />} onRetry={retry}>
        <GuideView slug={slug} />
      </AsyncBoundary>
    </PageLayout>
  );
}
