import { STATUS_LABELS } from "../../../shared/request-status";
import type { RequestKind, RequestStatus } from "../../../shared/schemas/requests";

export { STATUS_LABELS };

/** The four kinds, each with the plain words a resident recognises it by. */
export const KIND_CHOICES: { kind: RequestKind; title: string; explain: string }[] = [
  { kind: "report", title: "Phản ánh hiện trường", explain: "Có gì hư hỏng hoặc không an toàn ở khu phố: đèn đường tắt, ổ gà, rác, cây đổ…" },
  { kind: "suggestion", title: "Góp ý cho phường", explain: "Ý kiến để phường làm tốt hơn." },
  { kind: "question", title: "Hỏi về thủ tục", explain: "Bạn chưa rõ cần mang gì, làm ở đâu, mất bao lâu." },
  { kind: "help", title: "Nhờ tổ công nghệ số hỗ trợ", explain: "Cần người đến hướng dẫn dùng điện thoại, VNeID, dịch vụ công." },
];

export const KIND_LABELS: Record<RequestKind, string> = Object.fromEntries(KIND_CHOICES.map((c) => [c.kind, c.title])) as Record<RequestKind, string>;


/** "Chuyển cơ quan khác: Công ty Điện lực" when the agency is known. */
export function statusText(status: RequestStatus, forwardedTo: string | null): string {
  return status === "forwarded" && forwardedTo ? `${STATUS_LABELS.forwarded}: ${forwardedTo}` : STATUS_LABELS[status];
}

/** The start of a long text for a list: whole words, with "…". */
export function preview(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}
