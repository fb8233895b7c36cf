import { useState } from "react";

const FIRST_STEPS = 3;

/** Numbered steps, one idea each; long lists start folded with "show all / hide all". */
export function ProcedureSteps({ steps }: { steps: string[] }) {
  const [all, setAll] = useState(steps.length <= FIRST_STEPS + 1);
  const shown = all ? steps : steps.slice(0, FIRST_STEPS);
  return (
    <section className="card" aria-labelledby="steps-title">
      <div className="section-heading">
        <h2 id="steps-title">Các bước</h2>
        {steps.length > FIRST_STEPS + 1 && (
          <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? "Thu gọn" : `Xem tất cả ${steps.length} bước`}
          </button>
        )}
      </div>
      <ol className="steps">
        {shown.map((step, i) => (
          <li key={i}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span>{step}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
