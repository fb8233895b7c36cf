import { procedureContracts } from "../../shared/api/procedures";
import { useCallback, useEffect, useState } from "react";
import { ProcedureFieldLabels } from "../../shared/schemas/procedure";
import { ConfirmationPartLabels, type ConfirmationQueue, type ManagedConfirmations } from "../../shared/schemas/procedure-confirmation";
import { ConfirmationDetail } from "./confirmation-detail";
import { call, errorMessage } from "../console-api";
import { NoticeLine, type Notice } from "../shared/form-bits";

// The states a part waits in, the ones residents had seen vouched for first.
const WAITING = [
  { state: "changed", words: "Nội dung đã đổi" },
  { state: "expired", words: "Quá hạn" },
  { state: "unconfirmed", words: "Chưa xác nhận" },
] as const;

/** One line per state: "Chưa xác nhận: giấy tờ cần mang, lệ phí". */
function DueParts({ item }: { item: ManagedConfirmations }) {
  return (
    <ul className="due-parts">
      {WAITING.map(({ state, words }) => {
        const parts = item.parts.filter((p) => p.state === state);
        if (parts.length === 0) return null;
        const all = parts.length === item.parts.filter((p) => p.state !== "not-stated").length;
        return (
          <li key={state} className={state === "unconfirmed" ? undefined : "urgent"}>
            <strong>{words}:</strong> {all ? `cả ${parts.length} phần` : parts.map((p) => ConfirmationPartLabels[p.part].toLowerCase()).join(", ")}
          </li>
        );
      })}
    </ul>
  );
}

/** "Cần xác nhận": what the ward has not vouched for yet, or must vouch for again, counts first. */
export function ConfirmationsView({ ward }: { ward: string }) {
  const [queue, setQueue] = useState<ConfirmationQueue | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(procedureContracts.confirmationQueue, { params: { ward } }).then((res) => setQueue(res), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, [ward]);
  useEffect(load, [load]);

  if (open) return <ConfirmationDetail ward={ward} slug={open} onBack={() => { setOpen(null); load(); }} onChanged={load} />;
  if (!queue) return message ? <NoticeLine notice={message} /> : <p>Đang tải…</p>;
  const { counts } = queue;
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">Cần xác nhận</h2>
      <ul className="counts" aria-label="Tóm tắt">
        <li><strong>{counts.procedures}</strong> thủ tục cần xác nhận</li>
        <li><strong>{counts.unconfirmed}</strong> phần chưa xác nhận</li>
        <li className={counts.expired ? "urgent" : undefined}><strong>{counts.expired}</strong> phần quá hạn</li>
        <li className={counts.changed ? "urgent" : undefined}><strong>{counts.changed}</strong> phần có nội dung đã đổi</li>
      </ul>
      <p>
        Nội dung thủ tục lấy từ danh mục quốc gia. Phường đối chiếu với thực tế tại bộ phận một cửa rồi xác nhận từng phần. Người dân thấy “Phường … xác nhận ngày …” bên cạnh phần đã xác nhận.
        Mỗi xác nhận có hiệu lực {queue.reviewPeriodDays} ngày. Khi danh mục quốc gia đổi nội dung một phần, xác nhận của phần đó hết hiệu lực.
      </p>
      <NoticeLine notice={message} />
      {queue.items.length === 0 ? (
        <p className="ok">Phường đã xác nhận đủ mọi thủ tục.</p>
      ) : (
        <table className="list">
          <thead><tr><th scope="col">Thủ tục</th><th scope="col">Lĩnh vực</th><th scope="col">Cần xác nhận</th></tr></thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.slug}>
                <td><button type="button" className="link" onClick={() => setOpen(item.slug)}>{item.name}</button></td>
                <td>{ProcedureFieldLabels[item.field]}</td>
                <td><DueParts item={item} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
