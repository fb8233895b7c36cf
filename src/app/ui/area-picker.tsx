import { Search } from "lucide-react";
import { useState } from "react";
import { areaMatches, matchingStreet } from "../../shared/area-search";
import type { Area } from "../../shared/schemas/team";

/** Pick one's tổ dân phố by its current or former name (people still use the pre-2025 names). */
export function AreaPicker({ areas: items, onPick }: { areas: readonly Area[]; onPick: (areaId: string) => void }) {
  const [query, setQuery] = useState("");
  const matches = items.filter((a) => areaMatches(query, [a.name, a.formerName, a.formerWard, ...a.aliases, ...(a.streets ?? [])]));
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title">Bạn ở tổ dân phố nào?</h2>
      <p className="muted">Gõ tên đường, kiệt nhà bạn, tên tổ dân phố, hoặc tên phường cũ (Hòa Thuận Tây, Bình Thuận, Hòa Cường Bắc, Hòa Cường Nam…).</p>
      <form className="search-box" role="search" onSubmit={(e) => e.preventDefault()}>
        <Search size={22} aria-hidden="true" />
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Ví dụ: tổ 5 Hòa Cường Bắc" aria-label="Tìm tổ dân phố" autoComplete="off" />
      </form>
      <p className="muted small" role="status">
        {matches.length} tổ dân phố
      </p>
      <ul className="field-list">
        {matches.map((a) => {
          // A copy saved before areas had streets has none.
          const street = matchingStreet(query, a.streets ?? [], a.name);
          return (
          <li key={a.id}>
            <button type="button" className="row-link area-option" onClick={() => onPick(a.id)}>
              <span>
                <strong>{a.name}</strong>
                {street && <span className="block">{street}</span>}
                {a.formerName && <span className="muted small block">Trước đây: {a.formerName}</span>}
              </span>
            </button>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
