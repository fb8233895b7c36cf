import { Type } from "lucide-react";
import { TEXT_SIZES, useTextSize } from "../lib/text-size";

/** "Cỡ chữ": the app's own text size, remembered on this phone, added to the phone's own setting. */
export function TextSizeControl() {
  const [current, setCurrent] = useTextSize();
  return (
    <fieldset className="card text-size-control">
      <legend>
        <Type size={20} aria-hidden="true" /> Cỡ chữ
      </legend>
      <div className="text-size-options">
        {TEXT_SIZES.map((size) => (
          <button
            key={size.id}
            type="button"
            className="chip"
            aria-pressed={current === size.id}
            style={{ fontSize: `${Math.min(size.scale, 1.5)}rem` }}
            onClick={() => setCurrent(size.id)}
          >
            {size.label}
          </button>
        ))}
      </div>
      <p className="muted small">Chữ cũng lớn theo cỡ chữ đã chọn trong cài đặt của điện thoại.</p>
    </fieldset>
  );
}
