import { useEffect, useState } from "react";
import { ANNOUNCEMENT_CATEGORIES, AnnouncementCategoryLabels, type AnnouncementCategory } from "../shared/schemas/announcement";
import { AnnouncementStatusLabels, type ManagedAnnouncement } from "../shared/schemas/announcement-admin";
import { NoticeLine, type Notice } from "./form-bits";
import { errorMessage, errorStatus, http } from "./console-api";
import { formatWardTime, fromWardInput, toWardInput } from "./ward-time";

type Props = { ward: string; initial: ManagedAnnouncement | null; onClose: () => void };

/**
 * Title, Markdown body with a live preview rendered by the server's own sanitiser (what residents
 * will see, exactly), category, pin, expiry; save, publish now or at a time, withdraw.
 */
export function AnnouncementEditor({ ward, initial, onClose }: Props) {
  const [current, setCurrent] = useState<ManagedAnnouncement | null>(initial);
  const [title, setTitle] = useState(initial?.title ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const [category, setCategory] = useState<AnnouncementCategory>(initial?.category ?? "notice");
  const [pinned, setPinned] = useState(initial?.pinned ?? false);
  const [expireAt, setExpireAt] = useState(toWardInput(initial?.expireAt ?? null));
  const [publishAt, setPublishAt] = useState("");
  const [preview, setPreview] = useState("");
  const [message, setMessage] = useState<Notice>(null);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    // Debounced: the preview follows the typing without a request per key.
    const timer = window.setTimeout(() => {
      http.post<{ html: string }>("/markdown/preview", { body }).then((res) => setPreview(res.data.html), () => undefined);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [body]);

  const fail = (e: unknown) => {
    setConflict(errorStatus(e) === 409);
    setMessage({ kind: "error", text: errorMessage(e) });
  };
  const fields = { title, body, category, pinned, expireAt: fromWardInput(expireAt) };

  const save = async (): Promise<ManagedAnnouncement | null> => {
    try {
      const saved = current
        ? (await http.patch<ManagedAnnouncement>(`/wards/${ward}/announcements/${current.id}`, { version: current.version, ...fields })).data
        : (await http.post<ManagedAnnouncement>(`/wards/${ward}/announcements`, fields)).data;
      setCurrent(saved);
      setMessage({ kind: "ok", text: "Đã lưu." });
      return saved;
    } catch (e) {
      fail(e);
      return null;
    }
  };
  const publish = async (scheduled: boolean) => {
    const saved = await save();
    if (!saved) return;
    try {
      const at = scheduled ? fromWardInput(publishAt) : null;
      const done = (await http.post<ManagedAnnouncement>(`/wards/${ward}/announcements/${saved.id}/publish`, { version: saved.version, at })).data;
      setCurrent(done);
      setMessage({ kind: "ok", text: done.status === "scheduled" ? `Đã hẹn giờ đăng lúc ${formatWardTime(done.publishAt)}.` : "Đã đăng. Người dân thấy ngay trên ứng dụng." });
    } catch (e) {
      fail(e);
    }
  };
  const withdraw = async () => {
    if (!current) return;
    try {
      const done = (await http.post<ManagedAnnouncement>(`/wards/${ward}/announcements/${current.id}/withdraw`, { version: current.version })).data;
      setCurrent(done);
      setMessage({ kind: "ok", text: "Đã gỡ. Người dân không còn thấy thông báo này." });
    } catch (e) {
      fail(e);
    }
  };
  const reload = async () => {
    if (!current) return;
    const fresh = (await http.get<ManagedAnnouncement>(`/wards/${ward}/manage/announcements/${current.id}`)).data;
    setCurrent(fresh);
    setTitle(fresh.title);
    setBody(fresh.body);
    setCategory(fresh.category);
    setPinned(fresh.pinned);
    setExpireAt(toWardInput(fresh.expireAt));
    setConflict(false);
    setMessage({ kind: "ok", text: "Đã tải bản mới nhất." });
  };

  return (
    <section aria-labelledby="editor-title" className="editor">
      <div className="toolbar">
        <h2 id="editor-title">{current ? `Sửa thông báo · ${AnnouncementStatusLabels[current.status]}` : "Soạn thông báo mới"}</h2>
        <button type="button" onClick={onClose}>
          Quay lại danh sách
        </button>
      </div>
      <div className="editor-grid">
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label htmlFor="title">Tiêu đề</label>
          <input id="title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />
          <label htmlFor="category">Loại thông báo</label>
          <select id="category" value={category} onChange={(e) => setCategory(e.target.value as AnnouncementCategory)}>
            {ANNOUNCEMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {AnnouncementCategoryLabels[c]}
              </option>
            ))}
          </select>
          <label htmlFor="body">Nội dung (Markdown: **đậm**, - gạch đầu dòng)</label>
          <textarea id="body" rows={14} value={body} onChange={(e) => setBody(e.target.value)} required />
          <label className="check">
            <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Ghim lên đầu
          </label>
          <label htmlFor="expire">Hết hạn lúc (giờ Việt Nam, không bắt buộc)</label>
          <input id="expire" type="datetime-local" value={expireAt} onChange={(e) => setExpireAt(e.target.value)} />
          <NoticeLine notice={message} />
          {conflict && (
            <button type="button" onClick={() => void reload()}>
              Tải bản mới nhất
            </button>
          )}
          <div className="actions">
            <button type="submit">Lưu nháp</button>
            <button type="button" className="primary" onClick={() => void publish(false)}>
              Đăng ngay
            </button>
          </div>
          <div className="actions">
            <label htmlFor="publish-at" className="visually-hidden">
              Hẹn giờ đăng (giờ Việt Nam)
            </label>
            <input id="publish-at" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
            <button type="button" disabled={!publishAt} onClick={() => void publish(true)}>
              Hẹn giờ đăng
            </button>
          </div>
          {current && (current.status === "published" || current.status === "scheduled") && (
            <button type="button" className="danger" onClick={() => void withdraw()}>
              Gỡ thông báo
            </button>
          )}
        </form>
        <div className="panel preview" aria-labelledby="preview-title">
          <h3 id="preview-title">Người dân sẽ thấy</h3>
          <h4>{title || "(chưa có tiêu đề)"}</h4>
          {/* Rendered and sanitised by the API: the same code that renders what residents see. */}
          <div className="prose" data-testid="preview" dangerouslySetInnerHTML={{ __html: preview }} />
        </div>
      </div>
    </section>
  );
}
