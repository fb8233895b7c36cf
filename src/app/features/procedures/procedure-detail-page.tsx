import { Bookmark, BookmarkCheck, Share2 } from "lucide-react";
import { useParams } from "react-router-dom";
import { useRecoilValue, useRecoilValueLoadable } from "recoil";
import { OnlineLevelLabels, ProcedureFieldLabels } from "../../../shared/schemas/procedure";
import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import { openWebPage } from "../../platform/zalo";
import { HelpfulQuestion } from "../../ui/helpful-question";
import { useSharePage } from "../../lib/use-share-page";
import { ErrorState } from "../../ui/error-state";
import { wardQuery } from "../../lib/ward-state";
import { AskBeforeYouGo } from "./ask-before-you-go";
import { ChannelList } from "./channel-list";
import { DocumentChecklist } from "./document-checklist";
import { FilingOffice } from "./filing-office";
import { PortalLink } from "./portal-link";
import { PartConfirmation } from "./part-confirmation";
import { ProcedureSteps } from "./procedure-steps";
import { ProceduresLayout } from "./procedures-layout";
import { procedureBySlugQuery } from "./procedures-state";
import { useSavedProcedures } from "./saved-procedures";
import { RequestEntry } from "../../ui/request-entry";
import { screens } from "../../screens";

function Actions({ p }: { p: ProcedureDetail }) {
  const { saved, toggle } = useSavedProcedures();
  const sharePage = useSharePage();
  const isSaved = saved.includes(p.slug);
  const share = () => sharePage({ title: p.name, text: p.summary, path: screens.procedure.to({ slug: p.slug }) });
  return (
    <div className="action-row">
      <button type="button" className="action-button" aria-pressed={isSaved} onClick={() => toggle(p.slug)}>
        {isSaved ? <BookmarkCheck size={20} aria-hidden="true" /> : <Bookmark size={20} aria-hidden="true" />}
        {isSaved ? "Đã lưu" : "Lưu"}
      </button>
      <button type="button" className="action-button" onClick={() => void share()}>
        <Share2 size={20} aria-hidden="true" /> Chia sẻ
      </button>
    </div>
  );
}

function Detail({ slug }: { slug: string }) {
  const p = useRecoilValue(procedureBySlugQuery(slug));
  const ward = useRecoilValueLoadable(wardQuery);
  if (!p) return <ErrorState message="Không tìm thấy thủ tục này. Có thể phường đã gỡ hoặc đổi tên." />;
  const wardName = ward.state === "hasValue" ? `${ward.contents.name}, ${ward.contents.province}` : "";
  return (
    <article className="procedure-detail">
      <header className="card">
        <div className="announcement-meta">
          <span className="badge">{ProcedureFieldLabels[p.field]}</span>
          <span className="badge">{OnlineLevelLabels[p.onlineLevel]}</span>
          {p.code && <span className="muted small">Mã {p.code}</span>}
        </div>
        <PartConfirmation confirmations={p.confirmations} parts={["online-level"]} named />
        <h1>{p.name}</h1>
        <p>{p.summary}</p>
        <Actions p={p} />
      </header>
      <section className="card" aria-labelledby="who-title">
        <h2 id="who-title">Ai cần làm</h2>
        <p>{p.whoFiles}</p>
        {p.conditions.length > 0 && (
          <ul>
            {p.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </section>
      <DocumentChecklist slug={p.slug} cases={p.documentCases} formsUrl={p.officialUrl} confirmation={<PartConfirmation confirmations={p.confirmations} parts={["documents"]} />} />
      <ProcedureSteps steps={p.steps} />
      <ChannelList channels={p.channels} confirmation={<PartConfirmation confirmations={p.confirmations} parts={["time", "fee"]} named />} />
      <FilingOffice part={p.ward} wardName={wardName} confirmation={<PartConfirmation confirmations={p.confirmations} parts={["where"]} />} />
      <PortalLink p={p} />
      <section className="card" aria-labelledby="result-title">
        <h2 id="result-title">Kết quả nhận được</h2>
        <p>{p.result}</p>
      </section>
      <AskBeforeYouGo p={p} />
      <HelpfulQuestion kind="procedure" id={p.slug} />
      <details className="card">
        <summary>Căn cứ pháp lý</summary>
        <ul>
          {p.legalBasis.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </details>
      <section className="card sources" aria-labelledby="source-title">
        <h2 id="source-title">Nguồn</h2>
        <ul>
          {p.sources.map((s) => (
            <li key={s.title}>{s.url ? <a href={s.url} onClick={(e) => { e.preventDefault(); void openWebPage(s.url ?? ""); }}>{s.title}</a> : s.title}</li>
          ))}
        </ul>
        <p className="muted small">Kiểm tra lần cuối: {p.checkedAt.split("-").reverse().join("/")}</p>
      </section>
      <RequestEntry kind="question" description="Chưa rõ điều gì về thủ tục này? Hỏi phường, hoặc góp ý." />
    </article>
  );
}

export default function ProcedureDetailPage() {
  const slug = useParams().slug ?? "";
  return (
    <ProceduresLayout title="Thủ tục">
      <Detail slug={slug} />
    </ProceduresLayout>
  );
}
