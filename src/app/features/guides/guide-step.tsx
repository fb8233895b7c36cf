import { Check, ChevronDown, ChevronUp, Lightbulb, TriangleAlert } from "lucide-react";
import type { GuideStep as Step, GuideTroubleshooting } from "../../../shared/schemas/guide";

type Props = {
  index: number;
  step: Step;
  open: boolean;
  done: boolean;
  troubleshooting: GuideTroubleshooting[];
  onToggle: () => void;
  onComplete: () => void;
  onUndo: () => void;
};

/** One numbered step: its title always visible, its body when open, its own troubleshooting inside. */
export function GuideStepItem({ index, step, open, done, troubleshooting, onToggle, onComplete, onUndo }: Props) {
  const bodyId = `step-${index + 1}-body`;
  return (
    <li className={`guide-step${done ? " is-done" : ""}`} id={`buoc-${index + 1}`}>
      <button type="button" className="guide-step-header" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
        <span className="step-number" aria-hidden="true">
          {done ? <Check size={18} /> : index + 1}
        </span>
        <span className="guide-step-title">
          <span className="visually-hidden">Bước {index + 1}: </span>
          {step.title}
          {done && <span className="visually-hidden"> (đã xong)</span>}
        </span>
        {open ? <ChevronUp size={22} aria-hidden="true" /> : <ChevronDown size={22} aria-hidden="true" />}
      </button>
      {open && (
        <div className="guide-step-body" id={bodyId}>
          <p>{step.body}</p>
          {step.warning && (
            <p className="callout callout-warning">
              <TriangleAlert size={18} aria-hidden="true" /> {step.warning}
            </p>
          )}
          {step.tip && (
            <p className="callout">
              <Lightbulb size={18} aria-hidden="true" /> {step.tip}
            </p>
          )}
          {troubleshooting.length > 0 && (
            <details className="troubleshooting">
              <summary>Gặp trục trặc ở bước này?</summary>
              <dl>
                {troubleshooting.map((t) => (
                  <div key={t.problem}>
                    <dt>{t.problem}</dt>
                    <dd>{t.solution}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          {done ? (
            <button type="button" className="action-button" onClick={onUndo}>
              Bỏ đánh dấu xong
            </button>
          ) : (
            <button type="button" className="call-button" onClick={onComplete}>
              <Check size={20} aria-hidden="true" /> Xong bước này
            </button>
          )}
        </div>
      )}
    </li>
  );
}
