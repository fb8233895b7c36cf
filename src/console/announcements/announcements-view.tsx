import { useCallback, useEffect, useRef, useState } from "react";
import { announcementContracts } from "../../shared/api/announcements";
import { useLocation, useNavigate, useParams } from "react-router-dom";
import { AnnouncementCategoryLabels } from "../../shared/schemas/announcement";
import { ANNOUNCEMENT_STATUSES, AnnouncementStatusLabels, type AnnouncementStatus, type ManagedAnnouncement} from "../../shared/schemas/announcement-admin";
import { call, errorMessage} from "../console-api";
import { AnnouncementEditor, EDITING_KEY, type DraftTemplate } from "./announcement-editor";
import { formatWardTime } from "../shared/ward-time";

/** Announcements of one ward by status, with search; opens the editor for a new or existing one. */
export function AnnouncementsView({ ward }: { ward: string }) {
  const [status, setStatus] = useState<AnnouncementStatus | "">("");
  const [q, setQ] = useState("");
  const [items, setItems] = useState<ManagedAnnouncement[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ initial: ManagedAnnouncement | null; template: DraftTemplate | null; key: number } | null>(null);
  // The address says what is open: /announcements (the list), /announcements/new, /announcements/123.
  const sub = useParams()["*"] ?? "";
  const { search } = useLocation();
  const navigate = useNavigate();
  const openedId = useRef<number | null>(null);
  const restoring = useRef<number | null>(null);
  const goTo = useCallback((to: string, replace = false) => navigate({ pathname: `/announcements${to}`, search }, { replace }), [navigate, search]);
  const open = (initial: ManagedAnnouncement | null, template: DraftTemplate | null = null) => {
    openedId.current = initial?.id ?? null;
    setEditing({ initial, template, key: Date.now() });
    goTo(initial ? `/${initial.id}` : "/new");
  };
  // A new draft gets its number on the first autosave: the address follows, so a refresh reopens it.
  const onOpened = useCallback(
    (id: number) => {
      openedId.current = id;
      if (sub !== String(id)) goTo(`/${id}`, true);
    },
    [sub, goTo],
  );

  const load = useCallback(async () => {
    try {
      const res = await call(announcementContracts.manageList, { params: { ward }, query: { status: status || undefined, q: q || undefined } });
      setItems(res.items);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [ward, status, q]);
  useEffect(() => {
    if (!sub) void load();
  }, [load, sub]);
  const restoreChecked = useRef(false);
  useEffect(() => {
    // After a refresh or a closed tab, the clerk is back in the notice they were writing (autosaved).
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    const id = Number(localStorage.getItem(EDITING_KEY(ward)));
    if (sub || !id) return;
    restoring.current = id;
    goTo(`/${id}`, true);
  }, [ward, sub, goTo]);
  useEffect(() => {
    if (!sub) {
      openedId.current = null;
      return setEditing(null);
    }
    if (sub === "new") return setEditing((e) => e ?? { initial: null, template: null, key: Date.now() });
    const id = Number(sub);
    if (!Number.isInteger(id) || id <= 0) return goTo("", true);
    if (id === openedId.current) return;
    openedId.current = id;
    call(announcementContracts.manageOne, { params: { ward, id } }).then(
      (found) => setEditing({ initial: found, template: null, key: Date.now() }),
      (e: unknown) => {
        if (restoring.current === id) localStorage.removeItem(EDITING_KEY(ward));
        else setError(errorMessage(e));
        goTo("", true);
      },
    );
  }, [ward, sub, goTo]);

  if (editing && sub) {
    return (
      <AnnouncementEditor
        key={editing.key}
        ward={ward}
        initial={editing.initial}
        template={editing.template}
        onDuplicate={(template) => open(null, { ...template, title: `${template.title} (bản sao)`.slice(0, 200) })}
        onOpened={onOpened}
        onClose={() => goTo("")}
      />
    );
  }
  return (
    <section aria-labelledby="ann-title">
      <div className="toolbar">
        <h2 id="ann-title">Thông báo</h2>
        <button type="button" className="primary" onClick={() => open(null)}>
          Soạn thông báo mới
        </button>
      </div>
      <div className="filters">
        <div role="group" aria-label="Lọc theo trạng thái" className="tabs">
          {(["", ...ANNOUNCEMENT_STATUSES] as const).map((s) => (
            <button key={s || "all"} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}>
              {s ? AnnouncementStatusLabels[s] : "Tất cả"}
            </button>
          ))}
        </div>
        <input type="search" aria-label="Tìm thông báo" placeholder="Tìm theo tiêu đề, nội dung" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {items && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Loại</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Đăng lúc</th>
              <th scope="col">Sửa lần cuối</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <button type="button" className="link" onClick={() => open(a)}>
                    {a.pinned ? "📌 " : ""}
                    {a.title}
                  </button>
                </td>
                <td>{AnnouncementCategoryLabels[a.category]}</td>
                <td>
                  <span className={`status status-${a.status}`}>{AnnouncementStatusLabels[a.status]}</span>
                </td>
                <td>{formatWardTime(a.publishAt)}</td>
                <td>
                  {formatWardTime(a.updatedAt)} · {a.author}
                  {a.revision ? " · có bản sửa chưa đăng" : ""}
                </td>
              </tr>
            ))}
            {items.length === 0 && (
              <tr>
                <td colSpan={5}>Không có thông báo nào.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
