import { teamContracts } from "../../shared/api/teams";
import { useCallback, useEffect, useState } from "react";
import { requestEndpoints } from "../../shared/api/requests";
import { REQUEST_KINDS, REQUEST_STATUSES } from "../../shared/schemas/requests";
import type { InboxPage } from "../../shared/schemas/requests-admin";
import type { Session } from "../../shared/schemas/staff";
import { call, errorMessage } from "../console-api";
import { NoticeLine, type Notice } from "../shared/form-bits";
import { RequestDetail } from "./request-detail";
import { ageInDays, KIND_LABELS, STATUS_LABELS, vnDate, type Kind, type Status } from "./request-labels";

type Filter = { kind: Kind | ""; status: Status | ""; area: string; overdue: boolean };

/** "Phản ánh": the ward's inbox of residents' requests, overdue first; a team lead sees their team's help requests. */
export function RequestsView({ ward, staff }: { ward: string; staff: Session["staff"] }) {
  const [filter, setFilter] = useState<Filter>({ kind: "", status: "", area: "", overdue: false });
  const [items, setItems] = useState<InboxPage["items"]>([]);
  const [areas, setAreas] = useState<{ id: string; name: string }[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const load = useCallback(() => {
    const query = { kind: filter.kind || undefined, status: filter.status || undefined, area: filter.area || undefined, overdue: filter.overdue || undefined };
    call(requestEndpoints.inbox, { params: { ward }, query }).then((res) => setItems(res.items), (e: unknown) => setNotice({ kind: "error", text: errorMessage(e) }));
  }, [ward, filter]);
  useEffect(load, [load]);
  useEffect(() => {
    call(teamContracts.areas, { params: { ward } }).then((res) => setAreas(res.items), () => setAreas([]));
  }, [ward]);

  if (open) return <RequestDetail ward={ward} code={open} staff={staff} onBack={() => { setOpen(null); load(); }} />;
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">Phản ánh, góp ý của người dân</h2>
      <NoticeLine notice={notice} />
      <div className="filters">
        <label>
          Loại
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as Kind | "" })}>
            <option value="">Tất cả</option>
            {REQUEST_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <label>
          Trạng thái
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as Status | "" })}>
            <option value="">Tất cả</option>
            {REQUEST_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <label>
          Tổ dân phố
          <select value={filter.area} onChange={(e) => setFilter({ ...filter, area: e.target.value })}>
            <option value="">Tất cả</option>
            {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => setFilter({ ...filter, overdue: e.target.checked })} />
          Chỉ việc quá hạn
        </label>
      </div>
      {items.length === 0 ? (
        <p>Không có phản ánh nào khớp bộ lọc.</p>
      ) : (
        <table className="list">
          <thead><tr><th scope="col">Mã</th><th scope="col">Loại</th><th scope="col">Nội dung</th><th scope="col">Trạng thái</th><th scope="col">Đã gửi</th><th scope="col">Hạn trả lời</th></tr></thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.code} className={r.overdue ? "overdue" : undefined}>
                <td><button type="button" className="link" onClick={() => setOpen(r.code)}>{r.code}</button></td>
                <td>{KIND_LABELS[r.kind as Kind]}</td>
                <td>{r.excerpt}</td>
                <td>{STATUS_LABELS[r.status as Status]}</td>
                <td>{ageInDays(r.createdAt) === 0 ? "Hôm nay" : `${ageInDays(r.createdAt)} ngày trước`}</td>
                <td>{r.overdue ? <strong className="error-text">Quá hạn {vnDate(r.dueAt)}</strong> : vnDate(r.dueAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
