import { announcementContracts } from "../shared/api/announcements";
import { useCallback, useEffect, useState } from "react";
import { AnnouncementCategoryLabels } from "../shared/schemas/announcement";
import { ANNOUNCEMENT_STATUSES, AnnouncementStatusLabels, type AnnouncementStatus, type ManagedAnnouncement } from "../shared/schemas/announcement-admin";
import { call, errorMessage } from "./console-api";
import { AnnouncementEditor, EDITING_KEY, type DraftTemplate } from "./announcement-editor";
import { formatWardTime } from "./ward-time";

/** Announcements of one ward by status, with search; opens the editor for a new or existing one. */
export function AnnouncementsView({ ward }: { ward: string }) {
  const [status, setStatus] = useState<AnnouncementStatus | "">("");
  const [q, setQ] = useState("");
  const [items, setItems] = useState<ManagedAnnouncement[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ initial: ManagedAnnouncement | null; template: DraftTemplate | null; key: number } | null>(null);
  const open = (initial: ManagedAnnouncement | null, template: DraftTemplate | null = null) => setEditing({ initial, template, key: Date.now() });

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
    void load();
  }, [load]);
  useEffect(() => {
    // After a refresh or a closed tab, the clerk is back in the notice they were writing (autosaved).
    const id = Number(localStorage.getItem(EDITING_KEY(ward)));
    if (!id) return;
    call(announcementContracts.manageOne, { params: { ward, id } }).then(
      (res) => open(res),
      () => localStorage.removeItem(EDITING_KEY(ward)),
    );
  }, [ward]);

  if (editing) {
    return (
      <AnnouncementEditor
        key={editing.key}
        ward={ward}
        initial={editing.initial}
        template={editing.template}
        onDuplicate={(template) => open(null, { ...template, title: `${template.title} (bản sao)`.slice(0, 200) })}
        onClose={() => {
          setEditing(null);
          void load();
        }}
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
