import type { RequestStatus } from "./schemas/requests";

/** What each status is called to residents, to staff and in the ward's Zalo message: one wording. */
export const STATUS_LABELS: Record<RequestStatus, string> = {
  received: "Đã nhận",
  "in-progress": "Đang xử lý",
  answered: "Đã trả lời",
  closed: "Đã đóng",
  forwarded: "Chuyển cơ quan khác",
};
