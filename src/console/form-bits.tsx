/** What the last action said: an error (read out at once) or a confirmation. */
export type Notice = { kind: "error" | "ok"; text: string } | null;

export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <p className={notice.kind === "error" ? "error" : "ok"} role={notice.kind === "error" ? "alert" : "status"}>
      {notice.text}
    </p>
  );
}

export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        Lưu
      </button>
      <button type="button" onClick={onCancel}>
        Hủy
      </button>
    </div>
  );
}
