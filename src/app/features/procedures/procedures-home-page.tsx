import { Bookmark, ChevronRight, Search } from "lucide-react";
import { Link, useSearchParams } from "react-router-dom";
import { useRecoilValue } from "recoil";
import { PROCEDURE_FIELDS, ProcedureFieldLabels } from "../../../shared/schemas/procedure";
import { SearchLink } from "../../ui/search-link";
import { useCountSearch } from "../../lib/use-usage-counts";
import { ProcedureCard } from "./procedure-card";
import { ProceduresLayout } from "./procedures-layout";
import { procedureCatalogueState, procedureSearchState } from "./procedures-state";
import { useSavedProcedures } from "./saved-procedures";
import { screens } from "../../screens";

const RESULT_LIMIT = 30;

function SearchResults({ query }: { query: string }) {
  const { items } = useRecoilValue(procedureCatalogueState);
  const search = useRecoilValue(procedureSearchState);
  const hits = search.search(query, RESULT_LIMIT);
  useCountSearch("procedures", query, hits.length);
  const bySlug = new Map(items.map((p) => [p.slug, p]));
  if (hits.length === 0) {
    return (
      <>
        <div className="card" role="status">
          <p>Không tìm thấy thủ tục nào cho “{query}”.</p>
          <p className="muted">Hãy thử từ khác, ví dụ “khai sinh”, “tạm trú”, “chứng thực”, hoặc chọn lĩnh vực bên dưới.</p>
        </div>
        <Link to={screens.search.to({ q: query })} className="card row-link">
          <span>Tìm “{query}” trong mọi mục: hướng dẫn, thông báo, tổ hỗ trợ</span>
          <ChevronRight size={20} aria-hidden="true" />
        </Link>
        <FieldList />
      </>
    );
  }
  return (
    <section aria-label="Kết quả tìm kiếm">
      <p className="muted" role="status">
        Tìm thấy {hits.length} thủ tục
      </p>
      {hits.map((hit) => {
        const p = bySlug.get(hit.slug);
        return p ? <ProcedureCard key={p.slug} procedure={p} terms={hit.terms} /> : null;
      })}
    </section>
  );
}

function FieldList() {
  const { items } = useRecoilValue(procedureCatalogueState);
  return (
    <>
      <h2>Lĩnh vực</h2>
      <ul className="field-list">
        {PROCEDURE_FIELDS.map((field) => {
          const count = items.filter((p) => p.field === field).length;
          return count === 0 ? null : (
            <li key={field}>
              <Link to={screens.procedureField.to({ field })} className="row-link">
                <span>{ProcedureFieldLabels[field]}</span>
                <span className="count">{count}</span>
                <ChevronRight size={20} aria-hidden="true" />
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Overview() {
  const { items } = useRecoilValue(procedureCatalogueState);
  const { saved } = useSavedProcedures();
  const popular = items
    .filter((p) => p.ward.popularRank !== null)
    .sort((a, b) => (a.ward.popularRank ?? 0) - (b.ward.popularRank ?? 0))
    .slice(0, 6);
  return (
    <>
      <SearchLink />
      {saved.length > 0 && (
        <Link to={screens.savedProcedures.to()} className="card row-link">
          <Bookmark size={22} aria-hidden="true" /> <span>Đã lưu ({saved.length})</span> <ChevronRight size={20} aria-hidden="true" />
        </Link>
      )}
      <FieldList />
      {popular.length > 0 && (
        <>
          <h2>Người dân hỏi nhiều nhất</h2>
          {popular.map((p) => (
            <ProcedureCard key={p.slug} procedure={p} />
          ))}
        </>
      )}
    </>
  );
}

export default function ProceduresHomePage() {
  // The query lives in the address, so coming back from a procedure shows the same results.
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  return (
    <ProceduresLayout title="Thủ tục hành chính" back={false}>
      <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
        <Search size={22} aria-hidden="true" />
        <input
          type="search"
          value={query}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
          placeholder="Tìm thủ tục, ví dụ: khai sinh"
          aria-label="Tìm thủ tục"
          enterKeyHint="search"
          autoComplete="off"
        />
      </form>
      {query.trim() ? <SearchResults query={query} /> : <Overview />}
    </ProceduresLayout>
  );
}
