import { STATUS_LABELS } from "../../shared/request-status";
import type { REQUEST_KINDS, REQUEST_STATUSES } from "../../shared/schemas/requests";

export type Kind = (typeof REQUEST_KINDS)[number];
export type Status = (typeof REQUEST_STATUSES)[number];

export const KIND_LABELS: Record<Kind, string> = { report: "Phản ánh hiện trường", suggestion: "Góp ý", question: "Hỏi về thủ tục", help: "Nhờ tổ hỗ trợ" };
export { STATUS_LABELS };

/** dd/mm/yyyy on the ward's clock (UTC+7, no daylight saving). */
export const vnDate = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};
export const ageInDays = (iso: string, now = Date.now()) => Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
