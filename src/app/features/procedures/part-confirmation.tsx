import { BadgeCheck } from "lucide-react";
import { useRecoilValueLoadable } from "recoil";
import type { ConfirmationPart, ProcedureConfirmations } from "../../../shared/schemas/procedure-confirmation";
import { formatDate } from "../../lib/dates";
import { wardQuery } from "../../lib/ward-state";

/** How a part is named when one card holds several (time and fee share one). */
const PART_WORDS: Record<ConfirmationPart, string> = {
  documents: "Giấy tờ",
  time: "Thời hạn",
  fee: "Lệ phí",
  "online-level": "Mức trực tuyến",
  where: "Nơi nộp",
};

type Line = { parts: ConfirmationPart[]; date: string };

/** Confirmed parts grouped by the day they were confirmed, in the order given. */
function linesOf(confirmations: ProcedureConfirmations, parts: readonly ConfirmationPart[]): Line[] {
  const lines: Line[] = [];
  for (const part of parts) {
    const at = confirmations[part].confirmedAt;
    if (!at) continue;
    const date = formatDate(at);
    const same = lines.find((l) => l.date === date);
    if (same) same.parts.push(part);
    else lines.push({ parts: [part], date });
  }
  return lines;
}

/**
 * "Phường Hòa Cường xác nhận ngày 01/12/2026" beside a part the ward has vouched for; nothing where
 * it has not (or its confirmation lapsed), so the line always means what it says. With `named`,
 * each line says which part it is about, for a card that shows several.
 */
export function PartConfirmation({ confirmations, parts, named = false }: { confirmations: ProcedureConfirmations; parts: readonly ConfirmationPart[]; named?: boolean }) {
  const ward = useRecoilValueLoadable(wardQuery);
  const lines = linesOf(confirmations, parts);
  // Without the ward's name the line could not say who vouched: then say nothing.
  if (ward.state !== "hasValue" || lines.length === 0) return null;
  return (
    <>
      {lines.map((l) => (
        <p key={l.date + l.parts.join()} className="part-confirmed">
          <BadgeCheck size={18} aria-hidden="true" />
          <span>
            {named && `${l.parts.map((p, i) => (i === 0 ? PART_WORDS[p] : PART_WORDS[p].toLowerCase())).join(" và ")}: `}
            {ward.contents.name} xác nhận ngày {l.date}
          </span>
        </p>
      ))}
    </>
  );
}
