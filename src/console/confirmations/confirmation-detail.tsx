import { procedureContracts } from "../../shared/api/procedures";
import { wardContracts } from "../../shared/api/wards";
import { useCallback, useEffect, useState } from "react";
import type { ManagedProcedure } from "../../shared/schemas/content-admin";
import type { ProcedureDetail } from "../../shared/schemas/procedure-api";
import { ConfirmationPartLabels, type ConfirmationPart, type ManagedConfirmations, type ManagedPart } from "../../shared/schemas/procedure-confirmation";
import type { Ward } from "../../shared/schemas/ward";
import { call, errorMessage, errorStatus} from "../console-api";
import { wardPartFields } from "../shared/ward-part-fields";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, SaveCancel, type Notice } from "../shared/form-bits";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { NationalPartText } from "./national-part-text";
import { formatWardDate } from "../shared/ward-time";

// The public answers are cacheable for a minute; a clerk checking what residents see needs the current one.
const FRESH = { headers: { "Cache-Control": "no-cache" } };

type Loaded = { procedure: ProcedureDetail; confirmations: ManagedConfirmations; local: ManagedProcedure; offices: Ward["offices"] };

function PartState({ part }: { part: ManagedPart }) {
  const when = formatWardDate(part.confirmedAt);
  switch (part.state) {
    case "confirmed":
      return <p><span className="status status-published">Đã xác nhận</span> ngày {when} ({part.confirmedBy}). Cần xác nhận lại trước {formatWardDate(part.dueAt)}.</p>;
    case "unconfirmed":
      return <p><span className="status">Chưa xác nhận</span></p>;
    case "expired":
      return <p><span className="status status-withdrawn">Quá hạn</span> Xác nhận ngày {when}, hết hạn ngày {formatWardDate(part.dueAt)}.</p>;
    case "changed":
      return <p><span className="status status-withdrawn">Nội dung đã đổi</span> sau lần xác nhận ngày {when}. Hãy đối chiếu lại.</p>;
    case "not-stated":
      return <p><span className="status">Danh mục chưa ghi</span> Chưa có gì để xác nhận. Cách phường làm thì ghi vào ghi chú của phường.</p>;
  }
}

/** One procedure: each part's national text beside what the ward confirmed, and the ward's own part. */
export function ConfirmationDetail({ ward, slug, onBack, onChanged }: { ward: string; slug: string; onBack: () => void; onChanged: () => void }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [note, setNote] = useState("");
  const part = useVersionedEditor<ManagedProcedure>(async (mine) => {
    const { items } = await call(procedureContracts.manageList, { params: { ward } });
    return items.find((p) => p.slug === mine.slug) ?? mine;
  });
  const editing = part.draft?.local ?? null;
  const setEditing = (next: ManagedProcedure["local"]) => part.draft && part.setDraft({ ...part.draft, local: next });
  const [message, setMessage] = useState<Notice>(null);

  const load = useCallback(async () => {
    const [procedure, confirmations, locals, wardData] = await Promise.all([
      call(procedureContracts.one, { params: { ward, slug } }, FRESH),
      call(procedureContracts.confirmations, { params: { ward, slug } }),
      call(procedureContracts.manageList, { params: { ward } }),
      call(wardContracts.one, { params: { ward } }, FRESH),
    ]);
    const local = locals.items.find((p) => p.slug === slug);
    if (!local) throw new Error(`no ${slug}`);
    setData({ procedure, confirmations, local, offices: wardData.offices });
  }, [ward, slug]);
  useEffect(() => {
    load().catch((e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, [load]);

  if (!data) return message ? <NoticeLine notice={message} /> : <p>Đang tải…</p>;
  const { procedure, confirmations, local, offices } = data;
  const confirmable = confirmations.parts.filter((p) => p.state !== "not-stated").map((p) => p.part);

  const confirm = async (parts: readonly ConfirmationPart[]) => {
    try {
      const saved = await call(procedureContracts.confirm, { params: { ward, slug }, body: { parts: [...parts], note: note.trim() || undefined, version: confirmations.version } });
      setData({ ...data, confirmations: saved });
      setNote("");
      setMessage({ kind: "ok", text: `Đã xác nhận: ${parts.map((p) => ConfirmationPartLabels[p]).join(", ")}. Người dân thấy ngày xác nhận ngay.` });
      onChanged();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
      // Someone else confirmed meanwhile: show what they did, with the version to continue from.
      if (errorStatus(e) === 409) await load().catch(() => undefined);
    }
  };

  const saveWardPart = async (value = part.draft) => {
    if (!value) return;
    try {
      const saved = await part.save(value, () => call(procedureContracts.putLocal, { params: { ward, slug }, body: { ...value.local, version: value.version ?? undefined } }));
      // Refused with 409: the conflict panel shows both texts; the form keeps the clerk's.
      if (!saved) return setMessage(null);
      part.open(null);
      await load();
      setMessage({ kind: "ok", text: "Đã lưu phần của phường. Nếu đã đổi nơi nhận hồ sơ, hãy xác nhận lại “Nơi nộp hồ sơ”." });
      onChanged();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };

  return (
    <section aria-labelledby="confirm-title">
      <button type="button" className="link" onClick={onBack}>← Quay lại danh sách cần xác nhận</button>
      <h2 id="confirm-title">{procedure.name}</h2>
      <p>Đối chiếu từng phần với thực tế ở bộ phận một cửa. Đúng thì bấm “Xác nhận”. Phường làm khác thì sửa ghi chú của phường, rồi xác nhận.</p>
      <NoticeLine notice={message} />
      {part.conflict && <ConflictPanel conflict={part.conflict} fields={wardPartFields(offices)} onSave={(merged) => void saveWardPart(part.resolve(merged))} onUseTheirs={part.takeTheirs} />}

      <div className="confirm-layout">
        <table className="list confirm-parts">
          <thead><tr><th scope="col">Phần</th><th scope="col">Nội dung trong danh mục quốc gia</th><th scope="col">Phường xác nhận</th></tr></thead>
          <tbody>
            {confirmations.parts.map((p) => (
              <tr key={p.part}>
                <th scope="row">{ConfirmationPartLabels[p.part]}</th>
                <td><NationalPartText procedure={procedure} part={p.part} /></td>
                <td>
                  <PartState part={p} />
                  {p.note && <p className="muted">Ghi chú: {p.note}</p>}
                  {p.state !== "not-stated" && (
                    <button type="button" className={p.state === "confirmed" ? undefined : "primary"} onClick={() => void confirm([p.part])} aria-label={`Xác nhận ${ConfirmationPartLabels[p.part].toLowerCase()}`}>
                      Xác nhận
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <aside>
          <div className="panel confirm-all">
            <label htmlFor="confirm-note">Ghi chú khi xác nhận (chỉ cán bộ thấy): đã đối chiếu với ai, giấy tờ nào</label>
            <textarea id="confirm-note" rows={3} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
            <div className="actions">
              <button type="button" className="primary" onClick={() => void confirm(confirmable)}>Xác nhận cả {confirmable.length} phần</button>
            </div>
          </div>
          <div className="panel ward-part">
            <h3>Phần của phường</h3>
            <p className="muted">Người dân thấy ở mục “Nộp ở đâu tại phường”.</p>
            {editing ? (
              <form onSubmit={(e) => { e.preventDefault(); void saveWardPart(); }}>
                <label htmlFor="confirm-office">Nơi nhận hồ sơ</label>
                <select id="confirm-office" value={editing.officeId ?? ""} onChange={(e) => setEditing({ ...editing, officeId: e.target.value || null })}>
                  <option value="">Mặc định (một cửa, hoặc Công an phường cho thủ tục cư trú)</option>
                  {offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
                <label htmlFor="confirm-ward-note">Ghi chú của phường (người dân thấy)</label>
                <textarea id="confirm-ward-note" rows={3} value={editing.note ?? ""} onChange={(e) => setEditing({ ...editing, note: e.target.value || null })} />
                <SaveCancel onCancel={() => part.open(null)} />
              </form>
            ) : (
              <>
                <p>Nơi nhận: {procedure.ward.office?.name ?? "chưa chọn"}.</p>
                <p>Ghi chú của phường: {procedure.ward.note ?? "chưa có."}</p>
                <div className="actions">
                  <button type="button" onClick={() => part.open(local)}>Sửa ghi chú của phường</button>
                </div>
              </>
            )}
          </div>
        </aside>
      </div>
    </section>
  );
}
