import type { ReactNode } from "react";
import { CopyTypeLabels, type DocumentCase } from "../../../shared/schemas/procedure";
import { useStoredState } from "../../lib/use-stored-state";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { FormLink } from "./form-link";

/**
 * What to bring, as a checklist the resident ticks; the ticks stay on the device. A procedure
 * with several cases (khai sinh: with or without a birth certificate…) first asks which case is
 * the resident's, then shows only that case's documents; the choice is remembered and can change.
 */
export function DocumentChecklist({ slug, cases, confirmation, formsUrl }: { slug: string; cases: DocumentCase[]; confirmation?: ReactNode; formsUrl?: string | null }) {
  const [ticked, setTicked, tickedLoaded] = useStoredState<string[]>(DEVICE_KEYS.checklist, slug, []);
  const [chosen, setChosen, chosenLoaded] = useStoredState<number, number | null>(DEVICE_KEYS.checklistCase, slug, null);
  const toggle = (id: string) => setTicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const single = cases.length === 1;
  const caseIndex = single ? 0 : chosen !== null && chosen < cases.length ? chosen : null;
  const current = caseIndex === null ? undefined : cases[caseIndex];
  return (
    <section className="card" aria-labelledby="bring-title">
      <h2 id="bring-title">Cần mang gì</h2>
      {confirmation}
      {!single && caseIndex === null && chosenLoaded && (
        <fieldset className="case-picker">
          <legend>Trường hợp nào là của bạn?</legend>
          <p className="muted small">Giấy tờ cần mang khác nhau theo trường hợp. Chọn một để xem danh sách.</p>
          <div className="answer-list">
            {cases.map((c, ci) => (
              <button key={c.case} type="button" className="answer-button" onClick={() => setChosen(() => ci)}>
                {c.case}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {current && caseIndex !== null && tickedLoaded && (
        <fieldset className="checklist">
          {!single && (
            <legend>
              Trường hợp: {current.case}{" "}
              <button type="button" className="link-button" onClick={() => setChosen(() => null)}>
                Đổi trường hợp
              </button>
            </legend>
          )}
          <p className="muted small" role="status">
            Đã chuẩn bị {current.documents.filter((_, di) => ticked.includes(`${caseIndex}.${di}`)).length}/{current.documents.length} giấy tờ
          </p>
          {current.documents.map((d, di) => {
            const id = `${caseIndex}.${di}`;
            return (
              <div key={id} className="check-row">
                <label className="check-item">
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
                {d.form && <FormLink form={d.form} url={formsUrl ?? null} />}
              </div>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
