import { useEffect, useRef } from "react";

/** What the last action said: an error (read out at once) or a confirmation. */
export type Notice = { kind: "error" | "ok"; text: string } | null;

export function NoticeLine({ notice }: { notice: Notice }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The clerk pressed "Lưu" at the bottom of a long form: bring the answer into view, or they see nothing.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "center", behavior: "instant" });
  }, [notice]);
  if (!notice) return null;
  return (
    <p ref={ref} className={notice.kind === "error" ? "error" : "ok"} role={notice.kind === "error" ? "alert" : "status"}>
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
