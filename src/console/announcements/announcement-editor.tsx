import { useCallback, useEffect, useRef, useState } from "react";
import { announcementContracts as ep } from "../../shared/api/announcements";
import { teamContracts } from "../../shared/api/teams";
import { wardContracts } from "../../shared/api/wards";
import { ANNOUNCEMENT_CATEGORIES, AnnouncementCategoryLabels, type AnnouncementCategory } from "../../shared/schemas/announcement";
import { AnnouncementStatusLabels, type ManagedAnnouncement, type RevisionHistory } from "../../shared/schemas/announcement-admin";
import type { AreaList } from "../../shared/schemas/team";
import { ConfirmDialog, type Confirmation } from "../shared/confirm-dialog";
import { ConflictPanel } from "../shared/conflict-panel";
import type { Conflict as FieldConflict, FieldSpec } from "../shared/merge-fields";
import { enqueue } from "../shared/save-queue";
import { call, errorMessage, errorStatus, hrefOf} from "../console-api";
import { NoticeLine, type Notice } from "../shared/form-bits";
import { PhonePreview } from "./phone-preview";
import { parseWardDateTime, wardDateTimeOf, WardDateTimeInput, type WardDateTime } from "../shared/ward-date-input";
import { formatWardTime } from "../shared/ward-time";

/** What "Nhân bản" copies into a new draft. */
export type DraftTemplate = Pick<ManagedAnnouncement, "title" | "body" | "category" | "areaIds">;
type Props = {
  ward: string;
  initial: ManagedAnnouncement | null;
  template?: DraftTemplate | null;
  onClose: () => void;
  onDuplicate: (t: DraftTemplate) => void;
  /** The notice now open has this number (a new draft gets one on its first save). */
  onOpened?: (id: number) => void;
};
type Text = { title: string; body: string; category: AnnouncementCategory };
/** What the form edits and a save sends. */
type Fields = Text & { pinned: boolean; areaIds: string[]; expireAt: string | null };
/** A refused save: the three texts, and the newer notice to continue from. */
type Conflict = FieldConflict<Fields> & { latest: ManagedAnnouncement };

const AUTOSAVE_MS = 1500;
export const EDITING_KEY = (ward: string) => `cds-console-editing:${ward}`;
const officeOf = (wardName: string) => `UBND ${wardName.charAt(0).toLowerCase()}${wardName.slice(1)}`;
/** The text the clerk edits: the pending revision of a published notice, else the notice itself. */
const textOf = (a: ManagedAnnouncement): Text => a.revision ?? a;
const fieldsOf = (a: ManagedAnnouncement): Fields => {
  const t = textOf(a);
  return { title: t.title, body: t.body, category: t.category, pinned: a.pinned, areaIds: a.areaIds, expireAt: a.expireAt };
};
const isLive = (a: ManagedAnnouncement) => (a.status === "published" || a.status === "scheduled") && !!a.publishAt && new Date(a.publishAt) <= new Date();

/**
 * The announcement editor: saves as the clerk types (versioned; a refresh reopens it), shows both
 * texts on a conflict, edits of a published notice wait as a revision, publish and withdraw ask
 * once and withdraw can be undone, pictures and PDFs, areas, and a phone-size preview.
 */
export function AnnouncementEditor({ ward, initial, template, onClose, onDuplicate, onOpened }: Props) {
  const start = initial ? textOf(initial) : template;
  const [current, setCurrent] = useState<ManagedAnnouncement | null>(initial);
  const [title, setTitle] = useState(start?.title ?? "");
  const [body, setBody] = useState(start?.body ?? "");
  const [category, setCategory] = useState<AnnouncementCategory>(start?.category ?? "notice");
  const [pinned, setPinned] = useState(initial?.pinned ?? false);
  const [areaIds, setAreaIds] = useState<string[]>(initial?.areaIds ?? template?.areaIds ?? []);
  const [expire, setExpire] = useState<WardDateTime>(wardDateTimeOf(initial?.expireAt ?? null));
  const [schedule, setSchedule] = useState<WardDateTime>({ date: "", time: "" });
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [preview, setPreview] = useState("");
  const [message, setMessage] = useState<Notice>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation>(null);
  const [undo, setUndo] = useState<{ until: number } | null>(null);
  const [areas, setAreas] = useState<AreaList["items"]>([]);
  const [office, setOffice] = useState("UBND phường");
  const [history, setHistory] = useState<RevisionHistory["items"] | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;
  // Writes run one at a time (shared/save-queue.ts); `edits` counts the clerk's changes and
  // `savedEdits` how many of them the server has, so a save with nothing new sends nothing.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const edits = useRef(0);
  const savedEdits = useRef(0);

  useEffect(() => {
    call(teamContracts.areas, { params: { ward } }).then((r) => setAreas(r.items), () => undefined);
    call(wardContracts.one, { params: { ward } }).then((r) => setOffice(officeOf(r.name)), () => undefined);
  }, [ward]);
  useEffect(() => {
    if (!current) return;
    localStorage.setItem(EDITING_KEY(ward), String(current.id));
    onOpened?.(current.id);
  }, [ward, current, onOpened]);
  useEffect(() => {
    // Debounced: the preview follows the typing without a request per key.
    const timer = window.setTimeout(() => {
      call(ep.markdownPreview, { body: { body } }).then((res) => setPreview(res.html), () => undefined);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [body]);

  const expireParsed = parseWardDateTime(expire);
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    edits.current += 1;
    setDirty(true);
  };

  // Sends `fields` from the version the last write returned; runs inside the queue only.
  const sendNow = useCallback(
    async (fields: Fields, upTo: number): Promise<ManagedAnnouncement | null> => {
      const base = currentRef.current;
      if (base && upTo <= savedEdits.current) return base;
      if (!fields.title.trim() || !fields.body.trim()) return base;
      try {
        const saved = base
          ? await call(ep.update, { params: { ward, id: base.id }, body: { version: base.version, ...fields } })
          : await call(ep.create, { params: { ward }, body: fields });
        setCurrent(saved);
        currentRef.current = saved;
        savedEdits.current = upTo;
        // Typing that went on during the request is still unsaved: the autosave sends it next.
        if (edits.current === upTo) setDirty(false);
        setSavedAt(new Date().toISOString());
        return saved;
      } catch (e) {
        if (errorStatus(e) === 409 && base) {
          try {
            const latest = await call(ep.manageOne, { params: { ward, id: base.id } });
            setConflict({ base: fieldsOf(base), mine: fields, theirs: fieldsOf(latest), latest });
          } catch (again) {
            setMessage({ kind: "error", text: errorMessage(again) });
          }
        } else {
          setMessage({ kind: "error", text: errorMessage(e) });
        }
        return null;
      }
    },
    [ward],
  );

  /** Saves what is on screen (after any write under way) and answers the server's latest copy. */
  const save = useCallback((): Promise<ManagedAnnouncement | null> => {
    if (expireParsed.error) return enqueue(queue, () => Promise.resolve(currentRef.current));
    const fields: Fields = { title, body, category, pinned, areaIds, expireAt: expireParsed.iso };
    const upTo = edits.current;
    return enqueue(queue, () => sendNow(fields, upTo));
  }, [sendNow, title, body, category, pinned, areaIds, expireParsed.iso, expireParsed.error]);

  useEffect(() => {
    if (!dirty || conflict) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, conflict, save]);

  const act = async (run: (saved: ManagedAnnouncement) => Promise<ManagedAnnouncement>, ok: (done: ManagedAnnouncement) => string) => {
    const saved = await save();
    if (!saved) return;
    try {
      // In the queue too: it uses the version of the last save, even one that started after the click.
      const done = await enqueue(queue, () => run(currentRef.current ?? saved));
      setCurrent(done);
      currentRef.current = done;
      setMessage({ kind: "ok", text: ok(done) });
      setHistory(null);
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };

  const publishNow = () =>
    setConfirmation({
      title: "Đăng thông báo này?",
      effect: "Người dân sẽ thấy ngay trên ứng dụng.",
      confirm: "Đăng ngay",
      run: () => act((s) => call(ep.publish, { params: { ward, id: s.id }, body: { version: s.version, publishNow: true } }), () => "Đã đăng. Người dân thấy ngay trên ứng dụng."),
    });
  const scheduleIt = () => {
    const { iso, error } = parseWardDateTime(schedule);
    if (error || !iso) return setMessage({ kind: "error", text: error ?? "Hãy ghi ngày và giờ hẹn đăng." });
    if (new Date(iso) <= new Date()) {
      return setConfirmation({
        title: "Giờ hẹn đã qua",
        effect: `${formatWardTime(iso)} đã qua. Nếu đăng bây giờ, người dân sẽ thấy ngay. Hoặc bấm "Thôi" rồi sửa giờ hẹn.`,
        confirm: "Đăng ngay",
        run: () => act((s) => call(ep.publish, { params: { ward, id: s.id }, body: { version: s.version, at: iso, publishNow: true } }), () => "Đã đăng. Người dân thấy ngay trên ứng dụng."),
      });
    }
    setConfirmation({
      title: "Hẹn giờ đăng?",
      effect: `Người dân sẽ thấy từ ${formatWardTime(iso)}.`,
      confirm: "Hẹn giờ đăng",
      run: () => act((s) => call(ep.publish, { params: { ward, id: s.id }, body: { version: s.version, at: iso } }), (d) => `Đã hẹn giờ đăng lúc ${formatWardTime(d.publishAt)}.`),
    });
  };
  const publishRevision = () =>
    setConfirmation({
      title: "Đăng bản sửa?",
      effect: "Người dân sẽ thấy ngay bản sửa, kèm dòng \"Đã cập nhật lúc …\".",
      confirm: "Đăng bản sửa",
      run: () => act((s) => call(ep.publishRevision, { params: { ward, id: s.id }, body: { version: s.version } }), () => "Đã đăng bản sửa."),
    });
  const withdraw = () =>
    setConfirmation({
      title: "Gỡ thông báo này?",
      effect: "Người dân sẽ không còn thấy thông báo này.",
      confirm: "Gỡ thông báo",
      danger: true,
      run: () =>
        act(
          async (s) => {
            const done = await call(ep.withdraw, { params: { ward, id: s.id }, body: { version: s.version } });
            if (done.undoWithdrawUntil) setUndo({ until: new Date(done.undoWithdrawUntil).getTime() });
            return done;
          },
          () => "Đã gỡ. Người dân không còn thấy thông báo này.",
        ),
    });
  const undoWithdraw = () => {
    setUndo(null);
    void act((s) => call(ep.undoWithdraw, { params: { ward, id: s.id }, body: { version: s.version } }), () => "Đã hoàn tác. Thông báo hiện lại như trước.");
  };
  useEffect(() => {
    if (!undo) return;
    const timer = window.setTimeout(() => setUndo(null), Math.max(0, undo.until - Date.now()));
    return () => window.clearTimeout(timer);
  }, [undo]);

  const loadFields = (a: ManagedAnnouncement) => {
    const t = textOf(a);
    setCurrent(a);
    currentRef.current = a;
    setTitle(t.title);
    setBody(t.body);
    setCategory(t.category);
    setPinned(a.pinned);
    setAreaIds(a.areaIds);
    setExpire(wardDateTimeOf(a.expireAt));
    savedEdits.current = edits.current;
    setDirty(false);
  };
  // The conflict panel's choice, saved at once on top of the newer version.
  const saveMerged = (merged: Fields) => {
    if (!conflict) return;
    setCurrent(conflict.latest);
    currentRef.current = conflict.latest;
    setTitle(merged.title);
    setBody(merged.body);
    setCategory(merged.category);
    setPinned(merged.pinned);
    setAreaIds(merged.areaIds);
    setExpire(wardDateTimeOf(merged.expireAt));
    setConflict(null);
    edits.current += 1;
    setDirty(true);
    const upTo = edits.current;
    void enqueue(queue, () => sendNow(merged, upTo));
  };
  const useTheirs = () => {
    if (!conflict) return;
    loadFields(conflict.latest);
    setConflict(null);
  };
  const areaNamesOf = (ids: string[]) => (ids.length ? ids.map((id) => areas.find((a) => a.id === id)?.name ?? id).join(", ") : "Cả phường");
  const conflictFields: FieldSpec<Fields>[] = [
    { key: "title", label: "Tiêu đề" },
    { key: "body", label: "Nội dung" },
    { key: "category", label: "Loại thông báo", text: (c) => AnnouncementCategoryLabels[c] },
    { key: "areaIds", label: "Gửi cho", text: areaNamesOf },
    { key: "pinned", label: "Ghim lên đầu" },
    { key: "expireAt", label: "Hết hạn lúc", text: (iso) => (iso ? formatWardTime(iso) : "(không hẹn)") },
  ];

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    const saved = await save();
    if (!saved) return setMessage({ kind: "error", text: "Hãy ghi tiêu đề và nội dung trước khi thêm ảnh hoặc tệp." });
    const send = (to: ManagedAnnouncement) => {
      const form = new FormData();
      form.append("version", String(to.version));
      for (const f of Array.from(files)) form.append("files", f, f.name);
      return call(ep.addFiles, { params: { ward, id: to.id }, body: form });
    };
    try {
      const done = await enqueue(queue, () => send(currentRef.current ?? saved));
      setCurrent(done);
      currentRef.current = done;
      setMessage({ kind: "ok", text: "Đã thêm tệp." });
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  const removeFile = (fileId: number) => void act((s) => call(ep.removeFile, { params: { ward, id: s.id, fileId }, body: { version: s.version } }), () => "Đã bỏ tệp.");
  const showHistory = async () => {
    if (!current) return;
    setHistory((await call(ep.history, { params: { ward, id: current.id } })).items);
  };

  const live = current ? isLive(current) : false;
  const withdrawable = current?.status === "published" || current?.status === "scheduled";
  const areaNames = areas.filter((a) => areaIds.includes(a.id)).map((a) => a.name);
  const files = (current?.attachments ?? []).map((f) => ({ ...f, src: hrefOf(ep.manageFile, { params: { ward, id: current?.id ?? 0, fileId: f.id } }) }));

  return (
    <section aria-labelledby="editor-title" className="editor">
      <div className="toolbar">
        <h2 id="editor-title">{current ? `Sửa thông báo · ${AnnouncementStatusLabels[current.status]}` : "Soạn thông báo mới"}</h2>
        <span className="muted" role="status">
          {dirty ? "Chưa lưu…" : savedAt ? `Đã tự lưu lúc ${formatWardTime(savedAt).split(" ")[0]}` : ""}
        </span>
        {current && (
          <button type="button" onClick={() => onDuplicate({ title, body, category, areaIds })}>
            Nhân bản
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            localStorage.removeItem(EDITING_KEY(ward));
            onClose();
          }}
        >
          Quay lại danh sách
        </button>
      </div>
      {conflict && (
        <ConflictPanel conflict={{ ...conflict, mine: { title, body, category, pinned, areaIds, expireAt: expireParsed.iso } }} fields={conflictFields} onSave={saveMerged} onUseTheirs={useTheirs} />
      )}
      <div className="editor-grid with-phone">
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {live && current?.revision && (
            <p className="revision-note">Người dân vẫn đang thấy bản đã đăng. Bản sửa này chỉ hiện cho người dân khi bạn bấm "Đăng bản sửa".</p>
          )}
          {live && !current?.revision && <p className="muted">Thông báo đang hiện cho người dân. Sửa ở đây sẽ thành bản sửa, chưa hiện ngay.</p>}
          <label htmlFor="title">Tiêu đề</label>
          <input id="title" value={title} maxLength={200} onChange={(e) => change(setTitle)(e.target.value)} required />
          <label htmlFor="category">Loại thông báo</label>
          <select id="category" value={category} onChange={(e) => change(setCategory)(e.target.value as AnnouncementCategory)}>
            {ANNOUNCEMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {AnnouncementCategoryLabels[c]}
              </option>
            ))}
          </select>
          <label htmlFor="body">Nội dung (Markdown: **đậm**, - gạch đầu dòng, bảng | cột | cột |)</label>
          <textarea id="body" rows={12} value={body} onChange={(e) => change(setBody)(e.target.value)} required />
          <fieldset>
            <legend>Gửi cho</legend>
            <label className="check">
              <input type="radio" name="audience" checked={areaIds.length === 0} onChange={() => change(setAreaIds)([])} /> Cả phường
            </label>
            <label className="check">
              <input type="radio" name="audience" checked={areaIds.length > 0} onChange={() => areas[0] && change(setAreaIds)([areas[0].id])} /> Một số tổ dân phố
            </label>
            {areaIds.length > 0 && (
              <div className="area-picker" role="group" aria-label="Chọn tổ dân phố">
                {areas.map((a) => (
                  <label key={a.id} className="check">
                    <input type="checkbox" checked={areaIds.includes(a.id)} onChange={(e) => change(setAreaIds)(e.target.checked ? [...areaIds, a.id] : areaIds.filter((x) => x !== a.id))} /> {a.name}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <label htmlFor="files">Ảnh (tối đa 6) và tệp PDF (tối đa 10 MB)</label>
          {/* The browser's own file button speaks the browser's language ("Choose Files"); this one speaks Vietnamese. */}
          <input id="files" className="visually-hidden" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" onChange={(e) => void upload(e.target.files).then(() => (e.target.value = ""))} />
          <label htmlFor="files" className="file-button">
            Chọn ảnh hoặc tệp PDF…
          </label>
          {files.length > 0 && (
            <ul className="file-list">
              {files.map((f) => (
                <li key={f.id}>
                  <span>{f.name}</span>
                  <button type="button" onClick={() => removeFile(f.id)}>
                    Bỏ
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label className="check">
            <input type="checkbox" checked={pinned} onChange={(e) => change(setPinned)(e.target.checked)} /> Ghim lên đầu
          </label>
          <WardDateTimeInput id="expire" label="Hết hạn lúc (giờ Việt Nam, không bắt buộc)" value={expire} onChange={change(setExpire)} />
          <NoticeLine notice={message} />
          <div className="actions">
            <button type="submit">{live ? "Lưu bản sửa" : "Lưu nháp"}</button>
            {live && current?.revision && (
              <>
                <button type="button" className="primary" onClick={publishRevision}>
                  Đăng bản sửa
                </button>
                <button type="button" onClick={() => void act((s) => call(ep.discardRevision, { params: { ward, id: s.id }, body: { version: s.version } }).then((d) => (loadFields(d), d)), () => "Đã bỏ bản sửa.")}>
                  Bỏ bản sửa
                </button>
              </>
            )}
            {!withdrawable && (
              <button type="button" className="primary" onClick={publishNow}>
                Đăng ngay
              </button>
            )}
          </div>
          {!withdrawable && (
            <>
              <WardDateTimeInput id="publish-at" label="Hẹn giờ đăng (giờ Việt Nam)" value={schedule} onChange={setSchedule} />
              <button type="button" disabled={!schedule.date} onClick={scheduleIt}>
                Hẹn giờ đăng
              </button>
            </>
          )}
          {withdrawable && (
            <button type="button" className="danger" onClick={withdraw}>
              Gỡ thông báo
            </button>
          )}
          {current && (
            <div>
              <button type="button" className="link" onClick={() => void showHistory()}>
                Các lần đăng
              </button>
              {history && (
                <ol>
                  {history.map((h) => (
                    <li key={h.revision}>
                      {formatWardTime(h.publishedAt)} · {h.title}
                    </li>
                  ))}
                  {history.length === 0 && <li>Chưa đăng lần nào.</li>}
                </ol>
              )}
            </div>
          )}
        </form>
        <div aria-labelledby="preview-title">
          <h3 id="preview-title">Người dân sẽ thấy (điện thoại)</h3>
          <PhonePreview title={title} html={preview} category={category} office={office} files={files} forAreas={areaNames.length ? areaNames.join(", ") : null} />
        </div>
      </div>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} />
      {undo && (
        <div className="toast" role="status">
          <span>Đã gỡ thông báo.</span>
          <button type="button" onClick={undoWithdraw}>
            Hoàn tác
          </button>
        </div>
      )}
    </section>
  );
}
