import { guideContracts } from "../../shared/api/guides";
import { procedureContracts } from "../../shared/api/procedures";
import { searchContracts } from "../../shared/api/search";
import { useCallback, useEffect, useState } from "react";
import type { ManagedSearchTerms, SearchMisses, SearchTermEntry } from "../../shared/schemas/search";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, type Notice } from "../shared/form-bits";
import type { FieldSpec } from "../shared/merge-fields";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { call, errorMessage} from "../console-api";

// A ward's own "từ đồng nghĩa / tình huống": what residents type here (a local name, an old paper,
// a situation), what it means in the content's words, and which item it should open. The searches
// that found nothing are listed beside it: they are where new lines come from.

const split = (text: string) => text.split(",").map((part) => part.trim()).filter(Boolean);
/** A line as the editor types it: phrases separated by commas, one item to open. */
type Row = { typed: string; means: string; target: string };
const EMPTY: Row = { typed: "", means: "", target: "" };
const toRow = (e: SearchTermEntry): Row => ({ typed: e.typed.join(", "), means: e.means.join(", "), target: e.targets[0] ?? "" });
const toEntry = (r: Row): SearchTermEntry => ({ typed: split(r.typed), means: split(r.means), targets: r.target ? [r.target] : [] });

type Target = { id: string; label: string };
/** The list as the form holds it, with the version it was loaded at. */
type Draft = { version: number | null; rows: Row[] };
const TERM_FIELDS: FieldSpec<Draft>[] = [
  { key: "rows", label: "Các dòng", text: (rows) => rows.map((r) => `${r.typed} → ${r.means}${r.target ? ` → ${r.target}` : ""}`).join("\n") || "(chưa có dòng nào)" },
];
const draftOf = (t: ManagedSearchTerms): Draft => ({ version: t.version, rows: t.entries.map(toRow) });

export function SearchTermsView({ ward }: { ward: string }) {
  const list = useVersionedEditor<Draft>(async () => draftOf(await call(searchContracts.manageTerms, { params: { ward } })));
  const { open, setDraft } = list;
  const rows = list.draft?.rows ?? [];
  const setRows = (next: Row[]) => setDraft({ version: list.draft?.version ?? null, rows: next });
  const [targets, setTargets] = useState<Target[]>([]);
  const [misses, setMisses] = useState<SearchMisses["items"]>([]);
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(searchContracts.manageTerms, { params: { ward } }).then(
      (r) => {
        open(draftOf(r));
      },
      (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }),
    );
    call(searchContracts.misses, { params: { ward }, query: { days: 30 } }).then((r) => setMisses(r.items), () => undefined);
    Promise.all([call(procedureContracts.manageList, { params: { ward } }), call(guideContracts.list, { params: { ward } })]).then(
      ([procedures, guides]) =>
        setTargets([
          ...procedures.items.map((p) => ({ id: `procedure:${p.slug}`, label: `Thủ tục: ${p.name}` })),
          ...guides.items.map((g) => ({ id: `guide:${g.slug}`, label: `Hướng dẫn: ${g.title}` })),
        ]),
      () => undefined,
    );
  }, [ward, open]);
  useEffect(load, [load]);

  const change = (i: number, row: Row) => setRows(rows.map((r, j) => (j === i ? row : r)));
  const save = async (value: Draft = { version: list.draft?.version ?? null, rows }) => {
    try {
      const kept = value.rows.map(toEntry).filter((e) => e.typed.length > 0);
      const saved = await list.save(value, async () => await call(searchContracts.putTerms, { params: { ward }, body: { version: value.version, entries: kept } }));
      if (!saved) return setMessage(null);
      open(draftOf(saved));
      setMessage({ kind: "ok", text: `Đã lưu ${saved.entries.length} dòng. Tìm kiếm dùng ngay từ bây giờ.` });
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };

  return (
    <section aria-labelledby="search-terms-title">
      <div className="toolbar">
        <h2 id="search-terms-title">Từ đồng nghĩa và tình huống</h2>
        <button type="button" onClick={() => setRows([...rows, EMPTY])}>
          Thêm dòng
        </button>
      </div>
      {list.conflict && <ConflictPanel conflict={list.conflict} fields={TERM_FIELDS} onSave={(merged) => void save(list.resolve(merged))} onUseTheirs={list.takeTheirs} />}
      <p>Người dân gõ gì, nghĩa là gì, cần mở mục nào. Ví dụ: “giấy đi đường” nghĩa là “tạm vắng”, mở thủ tục Khai báo tạm vắng. Cách nhau bằng dấu phẩy.</p>
      <NoticeLine notice={message} />
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <table className="list search-terms">
          <thead>
            <tr><th scope="col">Người dân gõ</th><th scope="col">Nghĩa là</th><th scope="col">Mở mục</th><th scope="col"><span className="visually-hidden">Xóa</span></th></tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td><input aria-label={`Dòng ${i + 1}: người dân gõ`} value={row.typed} onChange={(e) => change(i, { ...row, typed: e.target.value })} /></td>
                <td><input aria-label={`Dòng ${i + 1}: nghĩa là`} value={row.means} onChange={(e) => change(i, { ...row, means: e.target.value })} /></td>
                <td>
                  <select aria-label={`Dòng ${i + 1}: mở mục`} value={row.target} onChange={(e) => change(i, { ...row, target: e.target.value })}>
                    <option value="">Không</option>
                    {targets.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
                  </select>
                </td>
                <td><button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>Xóa</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button type="submit" className="primary">Lưu danh sách</button>
        </div>
      </form>
      <h3>Người dân tìm mà không thấy (30 ngày)</h3>
      {misses.length === 0 ? (
        <p>Chưa có lượt tìm nào không ra kết quả.</p>
      ) : (
        <table className="list">
          <thead><tr><th scope="col">Ngày</th><th scope="col">Đã gõ</th><th scope="col">Số lần</th></tr></thead>
          <tbody>
            {misses.map((m) => (
              <tr key={`${m.day}-${m.query}`}><td>{m.day.split("-").reverse().join("/")}</td><td>{m.query}</td><td>{m.count}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
