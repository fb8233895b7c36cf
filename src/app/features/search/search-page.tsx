import { Search, Users, WifiOff } from "lucide-react";
import { Link, useSearchParams } from "react-router-dom";
import { useRecoilValueLoadable } from "recoil";
import { PROCEDURE_FIELDS, ProcedureFieldLabels } from "../../../shared/schemas/procedure";
import type { SearchItem, SearchResult } from "../../../shared/schemas/search";
import type { SearchKind } from "../../../shared/search/site-search";
import { HighlightedText } from "../../ui/highlighted-text";
import { LinkCard } from "../../ui/link-card";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { HotlineLink } from "../../ui/hotline-link";
import { wardQuery } from "../../lib/ward-state";
import { KIND_HEADINGS, resultPath } from "./result-path";
import { SEARCH_PLACEHOLDER } from "../../ui/search-box";
import { useSearch } from "./use-search";
import { screens } from "../../screens";

/** `brief`: the title only, for suggestions, so that the fields and who to ask stay near. */
function ResultCard({ item, brief = false }: { item: SearchItem; brief?: boolean }) {
  return (
    <Link to={resultPath(item)} className="card result-card">
      <h3>
        <HighlightedText text={item.title} terms={item.terms} />
      </h3>
      {item.snippet && !brief && (
        <p>
          <HighlightedText text={item.snippet} terms={item.terms} />
        </p>
      )}
    </Link>
  );
}

/** Groups in the order of their best result, so the best answer's group comes first. */
function groupByKind(items: readonly SearchItem[]): [SearchKind, SearchItem[]][] {
  const groups = new Map<SearchKind, SearchItem[]>();
  for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  return [...groups.entries()];
}

/** The one-stop counter's phone, else the ward's hotline; nothing while the ward is not loaded. */
function CounterPhone() {
  const ward = useRecoilValueLoadable(wardQuery);
  if (ward.state !== "hasValue") return null;
  const counter = ward.contents.offices.find((o) => o.kind === "people-committee" && o.phone);
  const phone = counter?.phone ?? ward.contents.hotline;
  return phone ? <HotlineLink phone={phone} label={counter ? "Gọi bộ phận một cửa" : "Gọi đường dây nóng"} /> : null;
}

function NothingFound({ query, suggestions }: { query: string; suggestions: SearchItem[] }) {
  return (
    <>
      <div className="card" role="status">
        <p>
          <strong>Không tìm thấy mục nào cho “{query}”.</strong>
        </p>
        <p className="muted">Hãy gõ ngắn hơn hoặc gõ tên giấy tờ, ví dụ “khai sinh”, “tạm trú”, “VNeID”.</p>
      </div>
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">Có phải bạn tìm …</h2>
          {suggestions.map((item) => (
            <ResultCard key={`${item.kind}:${item.id}`} item={item} brief />
          ))}
        </section>
      )}
      <section aria-labelledby="fields-title">
        <h2 id="fields-title">Thủ tục theo lĩnh vực</h2>
        <ul className="field-list">
          {PROCEDURE_FIELDS.map((field) => (
            <li key={field}>
              <Link to={screens.procedureField.to({ field })} className="row-link">
                <span>{ProcedureFieldLabels[field]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-title">
        <h2 id="help-title">Cần người giúp?</h2>
        <LinkCard to={screens.teams.to()} icon={Users} title="Hỏi tổ công nghệ số" description="Người ở gần nhà bạn hướng dẫn tận tay" />
        <CounterPhone />
      </section>
    </>
  );
}

function Results({ query, result, fromDevice }: { query: string; result: SearchResult; fromDevice: boolean }) {
  return (
    <>
      {fromDevice && (
        <p className="offline-note saved-copy-notice" role="note">
          <WifiOff size={18} aria-hidden="true" /> Không có mạng: kết quả tìm trong bản lưu trên máy.
        </p>
      )}
      {result.items.length === 0 ? (
        <NothingFound query={query} suggestions={result.suggestions} />
      ) : (
        <>
          <p className="muted" role="status">
            Tìm thấy {result.items.length} kết quả
          </p>
          {groupByKind(result.items).map(([kind, items]) => (
            <section key={kind} aria-labelledby={`group-${kind}`}>
              <h2 id={`group-${kind}`}>{KIND_HEADINGS[kind]}</h2>
              {items.map((item) => (
                <ResultCard key={`${item.kind}:${item.id}`} item={item} />
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}

function Hints() {
  return (
    <div className="card">
      <p>Gõ điều bạn cần, theo cách bạn vẫn nói. Ví dụ:</p>
      <ul className="search-hints">
        {["làm giấy khai sinh cho con", "quên passcode VNeID", "tổ 12 Hòa Thuận Tây", "bị gọi điện xưng công an"].map((hint) => (
          <li key={hint}>
            <Link to={screens.search.to({ q: hint })} replace>
              {hint}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function SearchPage() {
  // The query lives in the address, so coming back from a result shows the same results.
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const state = useSearch(query);
  return (
    <PageLayout title="Tìm kiếm" className="search-page">
      <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
        <Search size={22} aria-hidden="true" />
        <input
          // React focuses only when the screen opens: focusing on each change would reopen the keyboard.
          autoFocus={!query}
          type="search"
          value={query}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
          placeholder={SEARCH_PLACEHOLDER}
          aria-label="Tìm thủ tục, hướng dẫn, tổ hỗ trợ, thông báo"
          enterKeyHint="search"
          autoComplete="off"
        />
      </form>
      {state.status === "idle" && <Hints />}
      {state.status === "loading" && <SkeletonList label="Đang tìm…" />}
      {state.status === "failed" && (
        <p className="card" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "done" && <Results query={query.trim()} result={state.result} fromDevice={state.fromDevice} />}
    </PageLayout>
  );
}
