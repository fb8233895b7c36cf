import { HandHelping } from "lucide-react";
import { useState } from "react";
import { endVisit, KEPT_ON_PHONE, startVisit, useVisit, visitChanges } from "../lib/assist-visit";

const time = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
};

/** Asks before clearing: what goes, what stays. */
function EndVisitConfirm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const changes = visitChanges();
  const [busy, setBusy] = useState(false);
  return (
    <div className="assist-confirm" role="group" aria-labelledby="assist-confirm-title">
      <h3 id="assist-confirm-title">Trước khi trả máy</h3>
      {changes.length > 0 ? (
        <>
          <p>Sẽ xóa những gì đã làm trong lần hỗ trợ này:</p>
          <ul className="plain-list">
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Lần hỗ trợ này chưa để lại gì trên máy.</p>
      )}
      <p className="muted">Giữ lại: {KEPT_ON_PHONE}.</p>
      <div className="assist-confirm-actions">
        <button
          type="button"
          className="action-button action-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void endVisit().then(onDone, () => setBusy(false));
          }}
        >
          {changes.length > 0 ? "Xóa và trả máy" : "Trả máy"}
        </button>
        <button type="button" className="action-button" onClick={onCancel}>
          Tiếp tục hỗ trợ
        </button>
      </div>
    </div>
  );
}

/**
 * "Hỗ trợ người dân": a team member starts a visit before helping someone on their phone and ends
 * it with "Kết thúc, trả máy", which clears what the visit left and keeps the resident's own things.
 */
export function AssistVisitCard() {
  const visit = useVisit();
  const [confirming, setConfirming] = useState(false);
  const [ended, setEnded] = useState(false);
  if (!visit) {
    return (
      <section className="card assist-visit" aria-labelledby="assist-visit-title">
        <h2 id="assist-visit-title">
          <HandHelping size={22} aria-hidden="true" /> Hỗ trợ người dân
        </h2>
        {ended && (
          <p className="callout" role="status">
            Đã xóa những gì làm trong lần hỗ trợ. Có thể trả máy.
          </p>
        )}
        {!ended && (
          <p className="muted">
            Cho tổ công nghệ số khi cầm máy giúp người dân: hướng dẫn mở từng bước, chữ to. Xong thì bấm “Kết thúc, trả máy” để xóa những
            gì đã làm trong lần hỗ trợ.
          </p>
        )}
        <button
          type="button"
          className="action-button action-primary"
          onClick={() => {
            setEnded(false);
            void startVisit();
          }}
        >
          {ended ? "Hỗ trợ người tiếp theo" : "Bắt đầu hỗ trợ"}
        </button>
      </section>
    );
  }
  return (
    <section className="card assist-visit assist-visit-on" aria-labelledby="assist-visit-title">
      <h2 id="assist-visit-title">
        <HandHelping size={22} aria-hidden="true" /> Đang hỗ trợ người dân
      </h2>
      <p className="muted">Bắt đầu lúc {time(visit.startedAt)}. Hướng dẫn mở từng bước một.</p>
      {confirming ? (
        <EndVisitConfirm
          onCancel={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            setEnded(true);
          }}
        />
      ) : (
        <button type="button" className="assist-button assist-next assist-end" onClick={() => setConfirming(true)}>
          Kết thúc, trả máy
        </button>
      )}
    </section>
  );
}
