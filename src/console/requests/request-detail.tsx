import { teamContracts } from "../../shared/api/teams";
import { useCallback, useEffect, useState } from "react";
import { requestEndpoints } from "../../shared/api/requests";
import { REQUEST_STATUSES } from "../../shared/schemas/requests";
import type { ManagedRequest, RequestChange } from "../../shared/schemas/requests-admin";
import type { Session } from "../../shared/schemas/staff";
import { call, errorMessage, errorStatus, hrefOf } from "../console-api";
import { NoticeLine, type Notice } from "../shared/form-bits";
import { KIND_LABELS, STATUS_LABELS, vnDate, type Kind, type Status } from "./request-labels";

type Draft = { reply: string; publish: boolean; question: string; note: string; status: Status | ""; forwardedTo: string; assignee: string };
const emptyDraft = (r: ManagedRequest): Draft => ({
  reply: r.reply?.text ?? "",
  publish: r.reply?.public ?? false,
  question: r.reply?.question ?? r.text,
  note: "",
  status: "",
  forwardedTo: r.forwardedTo ?? "",
  assignee: r.assignee ? `${r.assignee.kind}:${r.assignee.id}` : "",
});

/** One request: text, photos, map link, contact when given; reply, publish, assign, note, status. */
export function RequestDetail({ ward, code, staff, onBack }: { ward: string; code: string; staff: Session["staff"]; onBack: () => void }) {
  const [req, setReq] = useState<ManagedRequest | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [teams, setTeams] = useState<{ id: string; name: string }[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const lead = staff.role === "team-lead";
  const load = useCallback(async (keepDraft: boolean) => {
    const fresh = await call(requestEndpoints.manageOne, { params: { ward, code } });
    setReq(fresh);
    setDraft((d) => (keepDraft && d ? d : emptyDraft(fresh)));
    return fresh;
  }, [ward, code]);
  useEffect(() => {
    load(false).catch((e: unknown) => setNotice({ kind: "error", text: errorMessage(e) }));
    if (!lead) call(teamContracts.list, { params: { ward } }).then((res) => setTeams(res.items), () => setTeams([]));
  }, [load, ward, lead]);

  const save = async (what: "reply" | "note" | "status" | "assignee") => {
    if (!req || !draft) return;
    const body: RequestChange = { version: req.version };
    if (what === "reply") body.reply = { text: draft.reply, public: draft.publish, ...(draft.publish ? { question: draft.question } : {}) };
    if (what === "reply" && lead) body.status = "answered";
    if (what === "note") body.note = draft.note;
    if (what === "status" && draft.status) {
      body.status = draft.status;
      if (draft.status === "forwarded") body.forwardedTo = draft.forwardedTo;
    }
    if (what === "assignee") body.assignee = draft.assignee || null;
    try {
      const saved = await call(requestEndpoints.change, { params: { ward, code }, body });
      setReq(saved);
      setDraft({ ...emptyDraft(saved), ...(what === "reply" ? {} : { reply: draft.reply, publish: draft.publish, question: draft.question }) });
      setNotice({ kind: "ok", text: what === "reply" ? (draft.publish ? "Đã gửi trả lời và đăng lên Hỏi đáp." : "Đã gửi trả lời cho người dân.") : "Đã lưu." });
    } catch (e) {
      if (errorStatus(e) === 409) {
        // Someone changed it meanwhile: show their version, keep what this clerk typed.
        await load(true);
        setNotice({ kind: "error", text: "Có người vừa sửa phản ánh này. Bản mới nhất đang hiện bên dưới; nội dung bạn gõ vẫn còn. Hãy xem lại rồi bấm lưu lần nữa." });
      } else setNotice({ kind: "error", text: errorMessage(e) });
    }
  };

  if (!req || !draft) return <section><button type="button" onClick={onBack}>← Danh sách</button><NoticeLine notice={notice} /><p>Đang tải…</p></section>;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <section aria-labelledby="request-title">
      <button type="button" onClick={onBack}>← Danh sách phản ánh</button>
      <h2 id="request-title">{req.code} · {KIND_LABELS[req.kind as Kind]}</h2>
      <NoticeLine notice={notice} />
      {!req.oaConfigured && <p className="warning">Chưa cấu hình Zalo OA: người dân không nhận được tin nhắn khi trạng thái thay đổi.</p>}
      <dl className="facts">
        <dt>Trạng thái</dt><dd>{STATUS_LABELS[req.status as Status]}{req.forwardedTo ? ` (${req.forwardedTo})` : ""}</dd>
        <dt>Gửi ngày</dt><dd>{vnDate(req.createdAt)}</dd>
        <dt>Hạn trả lời</dt><dd className={req.overdue ? "error-text" : undefined}>{vnDate(req.dueAt)}{req.overdue ? " (quá hạn)" : ""}</dd>
        <dt>Tổ dân phố</dt><dd>{req.areaName ?? "Không chọn"}</dd>
        <dt>Vị trí</dt><dd>{req.mapUrl ? <a href={req.mapUrl} target="_blank" rel="noreferrer">Xem trên bản đồ</a> : "Không gửi vị trí"}</dd>
        <dt>Liên hệ</dt><dd>{req.contact ? `${req.contact.name} · ${req.contact.phone}` : "Người dân không để lại số điện thoại"}</dd>
        <dt>Người xử lý</dt><dd>{req.assignee?.name ?? "Chưa giao"}</dd>
      </dl>
      <h3>Nội dung</h3>
      <p className="request-text">{req.text}</p>
      {req.photoCount > 0 && (
        <div className="photos">
          {Array.from({ length: req.photoCount }, (_, i) => (
            <a key={i} href={hrefOf(requestEndpoints.managePhoto, { params: { ward, code, n: i + 1 } })} target="_blank" rel="noreferrer">
              <img src={hrefOf(requestEndpoints.managePhoto, { params: { ward, code, n: i + 1 } })} alt={`Ảnh ${i + 1} người dân gửi`} width={200} />
            </a>
          ))}
        </div>
      )}

      <form className="panel" onSubmit={(e) => { e.preventDefault(); void save("reply"); }}>
        <h3>Trả lời người dân</h3>
        <label htmlFor="reply-text">Câu trả lời</label>
        <textarea id="reply-text" rows={5} value={draft.reply} onChange={(e) => set({ reply: e.target.value })} required />
        {!lead && (
          <label className="check">
            <input type="checkbox" checked={draft.publish} onChange={(e) => set({ publish: e.target.checked })} />
            Đăng cả lên Hỏi đáp cho mọi người xem
          </label>
        )}
        {draft.publish && (
          <>
            <label htmlFor="reply-question">Câu hỏi đăng lên Hỏi đáp — hãy xóa tên, số điện thoại, địa chỉ nhà của người dân</label>
            <textarea id="reply-question" rows={3} value={draft.question} onChange={(e) => set({ question: e.target.value })} required />
          </>
        )}
        <div className="actions"><button type="submit" className="primary">{lead ? "Gửi trả lời, đánh dấu Đã hỗ trợ" : "Gửi trả lời"}</button></div>
      </form>

      {!lead && (
        <>
          <form className="panel" onSubmit={(e) => { e.preventDefault(); void save("status"); }}>
            <h3>Đổi trạng thái</h3>
            <label htmlFor="request-status">Trạng thái mới</label>
            <select id="request-status" value={draft.status} onChange={(e) => set({ status: e.target.value as Status | "" })} required>
              <option value="">Chọn…</option>
              {REQUEST_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
            </select>
            {draft.status === "forwarded" && (
              <>
                <label htmlFor="request-agency">Tên cơ quan nhận</label>
                <input id="request-agency" value={draft.forwardedTo} onChange={(e) => set({ forwardedTo: e.target.value })} required />
              </>
            )}
            <div className="actions"><button type="submit" className="primary">Lưu trạng thái</button></div>
          </form>
          <form className="panel" onSubmit={(e) => { e.preventDefault(); void save("assignee"); }}>
            <h3>Giao việc</h3>
            <label htmlFor="request-assignee">Giao cho</label>
            <select id="request-assignee" value={draft.assignee} onChange={(e) => set({ assignee: e.target.value })}>
              <option value="">Chưa giao</option>
              <option value={`staff:${staff.id}`}>Tôi ({staff.name})</option>
              {teams.map((t) => <option key={t.id} value={`team:${t.id}`}>{t.name}</option>)}
            </select>
            <div className="actions"><button type="submit" className="primary">Lưu người xử lý</button></div>
          </form>
          <form className="panel" onSubmit={(e) => { e.preventDefault(); void save("note"); }}>
            <h3>Ghi chú nội bộ (người dân không thấy)</h3>
            {req.notes.map((n, i) => <p key={i} className="note">{vnDate(n.at)} · {n.staffName ?? "—"}: {n.text}</p>)}
            <label htmlFor="request-note">Ghi chú mới</label>
            <textarea id="request-note" rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} required />
            <div className="actions"><button type="submit" className="primary">Thêm ghi chú</button></div>
          </form>
        </>
      )}
      <h3>Lịch sử</h3>
      <ul>{req.history.map((h, i) => <li key={i}>{vnDate(h.at)}: {STATUS_LABELS[h.status as Status]}{h.forwardedTo ? ` (${h.forwardedTo})` : ""}</li>)}</ul>
    </section>
  );
}
