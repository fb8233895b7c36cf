import { ChevronRight } from "lucide-react";
import { Link } from "react-router-dom";
import { useRecoilValue } from "recoil";
import type { GuideTopic } from "../../../shared/schemas/guide";
import { guideListQuery } from "./guides-state";
import { useAssistMode } from "./assist-mode";
import { screens } from "../../screens";

/** Guides of one topic as large rows; in assist mode they open straight into the walk-through. */
export function GuideList({ topic, exclude = [] }: { topic: GuideTopic; exclude?: string[] }) {
  const { items } = useRecoilValue(guideListQuery(topic));
  const assist = useAssistMode();
  return (
    <ul className="field-list">
      {items
        .filter((g) => !exclude.includes(g.slug))
        .map((g) => (
          <li key={g.slug}>
            <Link to={assist.on ? screens.guideAssist.to({ slug: g.slug }) : screens.guide.to({ slug: g.slug })} className="row-link guide-row">
              <span>
                <strong>{g.title}</strong>
                <span className="muted small block">{g.stepCount} bước{g.timeNeeded ? ` · ${g.timeNeeded}` : ""}</span>
              </span>
              <ChevronRight size={20} aria-hidden="true" />
            </Link>
          </li>
        ))}
    </ul>
  );
}
