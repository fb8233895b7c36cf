import type { ErrorResponse } from "../shared/schemas/common";

// What a ward clerk reads when the API refuses something: Vietnamese only, the field by the name on
// the form, and what to do. The API's own message (Vietnamese, then English for developers) is the
// fallback, without its English part.

const FIELD_LABELS: Record<string, string> = {
  title: "Tiêu đề",
  body: "Nội dung",
  category: "Loại tin",
  pinned: "Ghim lên đầu",
  expireAt: "Hết hạn lúc",
  at: "Thời điểm đăng",
  login: "Tên đăng nhập",
  password: "Mật khẩu",
  currentPassword: "Mật khẩu hiện tại",
  newPassword: "Mật khẩu mới",
  name: "Tên",
  role: "Quyền",
  wards: "Phường",
  hotline: "Đường dây nóng",
  province: "Tỉnh, thành phố",
  meetingPlace: "Nơi sinh hoạt",
  zaloGroupUrl: "Đường dẫn nhóm Zalo",
  sessions: "Lịch hỗ trợ",
  members: "Thành viên",
  phone: "Điện thoại",
  note: "Ghi chú",
  officeId: "Nơi nộp hồ sơ",
  popularRank: "Thứ tự hay hỏi",
  formerName: "Tên cũ",
  formerWard: "Phường cũ",
  aliases: "Tên gọi khác",
  streets: "Đường, kiệt",
  teamId: "Tổ công nghệ số",
  offices: "Văn phòng",
  address: "Địa chỉ",
  hours: "Giờ làm việc",
  summary: "Tóm tắt",
  q: "Ô tìm kiếm",
};

/** "members/2/phone" → "Điện thoại thành viên 3", as the form labels it. */
export function fieldLabel(path: string): string {
  const parts = path.split("/").filter(Boolean);
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? path;
  const label = FIELD_LABELS[last] ?? last;
  const index = parts.find((p) => /^\d+$/.test(p));
  const owner = parts[0] && parts[0] !== last ? FIELD_LABELS[parts[0]]?.toLowerCase() : undefined;
  return index !== undefined && owner ? `${label} ${owner} ${Number(index) + 1}` : label;
}

/** The Vietnamese part of an API message: everything before the English in parentheses at the end. */
export const vietnamesePart = (message: string) => message.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, "").trim();

/** The server's Vietnamese reason after `Trường "x"`, e.g. "không được để trống". */
const reasonOf = (message: string) => vietnamesePart(message).replace(/^Trường "[^"]*"\s*/, "").replace(/\.$/, "");

export function clerkMessage(body: Partial<ErrorResponse>): string {
  switch (body.code) {
    case "VALIDATION_FAILED":
      if (body.field) return `Ô "${fieldLabel(body.field)}" ${reasonOf(body.message ?? "")}. Hãy sửa ô này rồi bấm lưu lại.`;
      return "Có ô chưa điền đúng. Hãy xem lại các ô rồi bấm lưu lại.";
    case "STALE_VERSION":
      return "Nội dung này vừa được người khác sửa. Hãy tải lại để xem bản mới, rồi sửa tiếp.";
    case "BAD_CREDENTIALS":
    case "LOGIN_LOCKED":
    case "WEAK_PASSWORD":
    case "WRONG_PASSWORD":
    case "PASSWORD_CHANGE_REQUIRED":
      return vietnamesePart(body.message ?? "");
    case "UNAUTHENTICATED":
      return "Phiên đăng nhập đã hết. Hãy đăng nhập lại; nội dung chưa lưu sẽ mất.";
    case "CSRF":
      return "Trang quản trị đã cũ. Hãy tải lại trang (F5) rồi làm lại.";
    case "RATE_LIMITED":
      return "Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại.";
    default:
      return body.message ? vietnamesePart(body.message) : "Đã có lỗi. Hãy thử lại.";
  }
}
