import type { ReactNode } from "react";
import { CopyTypeLabels, type DocumentCase } from "../../../shared/schemas/procedure";
import { useStoredState } from "../../lib/use-stored-state";

/** What to bring, as a checklist the resident ticks; the ticks stay on the device. */
export function DocumentChecklist({ slug, cases, confirmation }: { slug: string; cases: DocumentCase[]; confirmation?: ReactNode }) {
  const [ticked, setTicked] = useStoredState<string[]>(`checklist:${slug}`, []);
  const toggle = (id: string) => setTicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  return (
    <section className="card" aria-labelledby="bring-title">
      <h2 id="bring-title">Cần mang gì</h2>
      {confirmation}
      {cases.length > 1 && <p className="muted">Chọn đúng trường hợp của bạn, rồi đánh dấu giấy tờ đã có.</p>}
      {cases.map((c, ci) => (
        <fieldset key={c.case} className="checklist">
          {cases.length > 1 && <legend>{c.case}</legend>}
          {/* Progress per case: a resident prepares one case, not all of them. */}
          <p className="muted small" role="status">
            Đã chuẩn bị {c.documents.filter((_, di) => ticked.includes(`${ci}.${di}`)).length}/{c.documents.length} giấy tờ
          </p>
          {c.documents.map((d, di) => {
            const id = `${ci}.${di}`;
            return (
              <label key={id} className="check-item">
                <input type="checkbox" checked={ticked.includes(id)} onChange={() => toggle(id)} />
                <span>
                  <strong>{d.name}</strong>
                  <span className="muted">
                    {" "}
                    — {d.quantity} {CopyTypeLabels[d.copyType].toLowerCase()}
                    {d.form ? `, ${d.form}` : ""}
                    {d.required ? "" : " (nếu có)"}
                  </span>
                  {d.note && <span className="note">{d.note}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
