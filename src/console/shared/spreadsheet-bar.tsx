import { AxiosError } from "axios";
import { useState } from "react";
import { spreadsheetEndpoints } from "../../shared/api/spreadsheets";
import { ListKindLabels, type ImportRejected, type ImportReport, type ListKind } from "../../shared/schemas/list-import";
import { NoticeLine, type Notice } from "./form-bits";
import { call, errorMessage, hrefOf } from "../console-api";

/**
 * A ward's list to and from Excel: download (.xlsx, .csv), then upload → the server checks every
 * row and shows what it would do (or each row's problem) → the clerk confirms → written at once.
 */
export function SpreadsheetBar({ ward, kind, onImported }: { ward: string; kind: ListKind; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState<Notice>(null);
  const href = (format: "xlsx" | "csv") => hrefOf(spreadsheetEndpoints.exportList, { params: { ward, file: `${kind}.${format}` } });

  const send = async (chosen: File, dryRun: boolean): Promise<ImportReport | null> => {
    const form = new FormData();
    form.append("file", chosen);
    try {
      return await call(spreadsheetEndpoints.importList, { params: { ward, kind }, query: dryRun ? { dryRun: true } : {}, body: form }, { timeout: 60_000 });
    } catch (e) {
      const rejected = e instanceof AxiosError ? (e.response?.data as Partial<ImportRejected> | undefined) : undefined;
      if (rejected?.report) setPreview(rejected.report);
      setMessage({ kind: "error", text: errorMessage(e) });
      return null;
    }
  };
  const check = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setMessage(null);
    // A 422 has already put its row report in the preview; keep it.
    const report = chosen ? await send(chosen, true) : null;
    if (report) setPreview(report);
  };
  const apply = async () => {
    if (!file) return;
    const done = await send(file, false);
    if (!done) return;
    setMessage({ kind: "ok", text: `Đã nhập: ${done.created} mới, ${done.changed} thay đổi, ${done.unchanged} giữ nguyên.` });
    setPreview(null);
    setFile(null);
    onImported();
  };
  const label = ListKindLabels[kind];
  return (
    <div className="panel">
      <h3>{label} từ Excel</h3>
      <p>
        Tải về: <a href={href("xlsx")}>tệp .xlsx</a> · <a href={href("csv")}>tệp .csv</a>. Sửa trong Excel rồi tải lên lại; chưa ghi gì cho đến khi bạn bấm xác nhận.
      </p>
      <label htmlFor={`import-${kind}`}>Tải lên tệp .xlsx hoặc .csv</label>
      <input id={`import-${kind}`} type="file" accept=".xlsx,.csv" onChange={(e) => void check(e.target.files?.[0] ?? null)} />
      <NoticeLine notice={message} />
      {preview && preview.problems.length > 0 && (
        <table className="list">
          <caption>Các dòng cần sửa (chưa ghi gì)</caption>
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Cột</th>
              <th scope="col">Cần sửa</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p) => (
              <tr key={`${p.row}-${p.column}-${p.problem}`}>
                <td>Dòng {p.row}</td>
                <td>{p.column}</td>
                <td>{p.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && preview.problems.length === 0 && (
        <div className="actions">
          <p role="status">
            Tệp hợp lệ: {preview.created} mới, {preview.changed} thay đổi, {preview.unchanged} giữ nguyên.
          </p>
          <button type="button" className="primary" disabled={preview.created + preview.changed === 0} onClick={() => void apply()}>
            Xác nhận ghi vào danh sách
          </button>
        </div>
      )}
    </div>
  );
}
