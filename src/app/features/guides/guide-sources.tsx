import type { GuideDetail } from "../../../shared/schemas/guide-api";
import { openWebPage } from "../../platform/zalo";

/** Where the facts come from, when they were checked, and what is not certain. */
export function GuideSources({ guide }: { guide: GuideDetail }) {
  return (
    <section className="card sources" aria-labelledby="guide-source-title">
      <h2 id="guide-source-title">Nguồn</h2>
      <ul>
        {guide.sources.map((s) => (
          <li key={s.title}>
            {s.url ? (
              <a
                href={s.url}
                onClick={(e) => {
                  e.preventDefault();
                  void openWebPage(s.url ?? "");
                }}
              >
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
      <p className="muted small">Kiểm tra lần cuối: {guide.checkedAt.split("-").reverse().join("/")}</p>
      {guide.uncertain.length > 0 && (
        <details>
          <summary>Chưa chắc chắn? Hãy làm thế này ({guide.uncertain.length})</summary>
          <ul>
            {guide.uncertain.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
