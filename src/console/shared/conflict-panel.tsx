import { useEffect, useId, useRef, useState } from "react";
import { compareFields, mergeFields, reapplyChoices, type Choices, type Conflict, type FieldSpec, type Side } from "./merge-fields";

type Props<T> = {
  conflict: Conflict<T>;
  fields: FieldSpec<T>[];
  /** Save this text on top of the newer version (the clerk's re-applied, or their field-by-field choice). */
  onSave: (merged: T) => void;
  /** Drop the clerk's changes and continue from the newer version. */
  onUseTheirs: () => void;
};

const STALE = "Nội dung này vừa được người khác sửa. Bản mới đã được tải lại, ở bên phải; bản của bạn vẫn còn nguyên, ở bên trái.";

/**
 * A save refused with 409: the clerk's text beside the one a colleague saved, field by field, the
 * differences marked. Nothing the clerk typed is lost until they pick "Dùng bản mới" themselves.
 */
export function ConflictPanel<T>({ conflict, fields, onSave, onUseTheirs }: Props<T>) {
  const titleId = useId();
  const rows = compareFields(conflict, fields);
  const differing = rows.filter((r) => r.differs);
  const [choices, setChoices] = useState<Choices<T>>(() => reapplyChoices(conflict, fields));
  const choose = (key: keyof T, side: Side) => setChoices((c) => ({ ...c, [key]: side }));
  const ref = useRef<HTMLElement>(null);
  // The clerk pressed "Lưu" at the bottom of a long form: bring the two texts into view.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "start", behavior: "instant" });
  }, []);
  return (
    <section ref={ref} className="conflict-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>Hai bản khác nhau</h3>
      <p role="alert">{STALE}</p>
      <p className="muted">
        &quot;Giữ bản của tôi và lưu lại&quot;: các ô bạn đã sửa giữ như bạn viết, các ô bạn không sửa lấy theo bản mới. Hoặc chọn từng ô rồi bấm &quot;Lưu theo lựa chọn&quot;.
      </p>
      <table className="list conflict-table">
        <thead>
          <tr>
            <th scope="col">Ô</th>
            <th scope="col">Bản của bạn</th>
            <th scope="col">Bản mới (người khác vừa lưu)</th>
            <th scope="col">Lưu theo</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((r) => (
            <tr key={String(r.key)} className="changed">
              <th scope="row">
                {r.label}
                <span className="conflict-who">
                  {r.mineChanged && r.theirsChanged ? "Cả hai cùng sửa" : r.mineChanged ? "Bạn đã sửa" : "Người khác đã sửa"}
                </span>
              </th>
              <td>
                <pre data-testid={`mine-${String(r.key)}`}>{r.mine}</pre>
              </td>
              <td>
                <pre data-testid={`theirs-${String(r.key)}`}>{r.theirs}</pre>
              </td>
              <td>
                <div role="radiogroup" aria-label={r.label}>
                  {(["mine", "theirs"] as const).map((side) => (
                    <label key={side} className="check">
                      <input type="radio" name={`${titleId}-${String(r.key)}`} checked={choices[r.key] === side} onChange={() => choose(r.key, side)} />
                      {side === "mine" ? " Của tôi" : " Bản mới"}
                    </label>
                  ))}
                </div>
              </td>
            </tr>
          ))}
          {differing.length === 0 && (
            <tr>
              <td colSpan={4}>Hai bản giống nhau ở mọi ô. Bấm lưu lại để lưu lên bản mới.</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onSave(mergeFields(conflict, reapplyChoices(conflict, fields)))}>
          Giữ bản của tôi và lưu lại
        </button>
        <button type="button" onClick={() => onSave(mergeFields(conflict, choices))}>
          Lưu theo lựa chọn
        </button>
        <button type="button" onClick={onUseTheirs}>
          Dùng bản mới
        </button>
      </div>
    </section>
  );
}
