/**
 * "Tôi nên làm gì?": a few questions, one per screen, that point to the right VNeID path.
 * Kept as data so the wording and the paths can change without touching the screen.
 */
export type Answer = { label: string; next: string };
export type Question = { kind: "question"; id: string; text: string; hint?: string; answers: Answer[] };
export type Result = { kind: "result"; id: string; path: string; explanation: string; guide: string };
export type CheckNode = Question | Result;

export const VNEID_CHECK: Record<string, CheckNode> = {
  age: {
    kind: "question",
    id: "age",
    text: "Người cần làm VNeID bao nhiêu tuổi?",
    answers: [
      { label: "Từ 14 tuổi trở lên", next: "chip" },
      { label: "Dưới 14 tuổi", next: "child" },
    ],
  },
  chip: {
    kind: "question",
    id: "chip",
    text: "Người đó đã có thẻ căn cước (hoặc căn cước công dân) gắn chip chưa?",
    hint: "Thẻ gắn chip có một ô chip vàng nhỏ ở mặt trước.",
    answers: [
      { label: "Đã có thẻ gắn chip", next: "account" },
      { label: "Chưa có", next: "card" },
      { label: "Không biết", next: "chip-unknown" },
    ],
  },
  account: {
    kind: "question",
    id: "account",
    text: "Người đó đã có tài khoản VNeID chưa?",
    answers: [
      { label: "Chưa có", next: "sim" },
      { label: "Có, mức 1", next: "level2" },
      { label: "Có, mức 2", next: "use" },
      { label: "Không biết", next: "account-unknown" },
    ],
  },
  sim: {
    kind: "question",
    id: "sim",
    text: "Số điện thoại dùng cho VNeID có đứng tên chính người đó không?",
    hint: "VNeID chỉ nhận số thuê bao đứng tên chính người đăng ký. Soạn TTTB gửi 1414 để xem số đang đứng tên ai.",
    answers: [
      { label: "Có, đứng tên người đó", next: "nfc" },
      { label: "Không", next: "sim-fix" },
      { label: "Không biết", next: "sim-fix" },
    ],
  },
  nfc: {
    kind: "question",
    id: "nfc",
    text: "Điện thoại có NFC không?",
    hint: "NFC giúp điện thoại đọc chip trên thẻ. Nếu không chắc, cứ chọn “Không biết”: vẫn có cách khác.",
    answers: [
      { label: "Có NFC", next: "level1" },
      { label: "Không có hoặc không biết", next: "level1-qr" },
    ],
  },
  "chip-unknown": {
    kind: "result",
    id: "chip-unknown",
    path: "Xem thẻ của bạn có gắn chip không",
    explanation:
      "Thẻ gắn chip có một ô chip vàng nhỏ ở mặt trước. Thẻ căn cước công dân cấp từ năm 2021 và thẻ căn cước cấp từ 01/07/2024 đều có chip; chứng minh nhân dân và căn cước công dân mã vạch thì không. Vẫn chưa chắc thì mang thẻ đến Công an phường hoặc nhờ tổ công nghệ số xem giúp.",
    guide: "vneid-lam-muc-2-tai-cong-an",
  },
  "account-unknown": {
    kind: "result",
    id: "account-unknown",
    path: "Kiểm tra xem đã có tài khoản VNeID chưa",
    explanation:
      "Mở ứng dụng VNeID, bấm Đăng nhập và nhập số định danh cá nhân (12 số trên thẻ căn cước). Ứng dụng hỏi mật khẩu nghĩa là đã có tài khoản: không nhớ mật khẩu thì chọn “Quên mật khẩu”. Ứng dụng báo chưa có tài khoản thì đăng ký mức 1.",
    guide: "vneid-quen-mat-khau",
  },
  "sim-fix": {
    kind: "result",
    id: "sim-fix",
    path: "Trước hết, đưa số điện thoại về đúng tên người đăng ký",
    explanation:
      "Soạn TTTB gửi 1414 để xem số đang đứng tên ai. Nếu không phải tên người làm VNeID, mang thẻ căn cước đến cửa hàng của nhà mạng để cập nhật thông tin thuê bao, hoặc dùng một số khác đứng tên người đó. Xong rồi mới đăng ký mức 1.",
    guide: "vneid-dang-ky-muc-1",
  },
  level1: {
    kind: "result",
    id: "level1",
    path: "Đăng ký mức 1 ngay tại nhà, trên điện thoại",
    explanation: "Điện thoại có NFC đọc được chip trên thẻ. Làm theo hướng dẫn từng bước ngay trên điện thoại.",
    guide: "vneid-dang-ky-muc-1",
  },
  "level1-qr": {
    kind: "result",
    id: "level1-qr",
    path: "Đăng ký mức 1 tại nhà, quét mã QR trên thẻ",
    explanation: "Không cần NFC: ứng dụng có thể quét mã QR trên thẻ căn cước. Hướng dẫn có nói cách làm.",
    guide: "vneid-dang-ky-muc-1",
  },
  level2: {
    kind: "result",
    id: "level2",
    path: "Làm mức 2 tại Công an phường",
    explanation: "Mức 2 phải làm trực tiếp tại Công an phường. Mang theo thẻ căn cước và điện thoại có số thuê bao chính chủ.",
    guide: "vneid-lam-muc-2-tai-cong-an",
  },
  card: {
    kind: "result",
    id: "card",
    path: "Làm thẻ căn cước và mức 2 cùng lúc tại Công an phường",
    explanation: "Chưa có thẻ gắn chip thì đến Công an phường làm thẻ; cán bộ cấp tài khoản mức 2 cùng lúc với thẻ.",
    guide: "vneid-lam-muc-2-tai-cong-an",
  },
  use: {
    kind: "result",
    id: "use",
    path: "Đã có mức 2: dùng VNeID để làm thủ tục trực tuyến",
    explanation: "Tài khoản mức 2 đăng nhập được Cổng Dịch vụ công quốc gia. Xem cách đăng nhập.",
    guide: "vneid-dang-nhap-dich-vu-cong",
  },
  child: {
    kind: "result",
    id: "child",
    path: "Trẻ dưới 14 tuổi: cha mẹ làm thẻ căn cước cho con trước",
    explanation: "Cha, mẹ hoặc người giám hộ làm thẻ căn cước cho con trên VNeID của mình. Có thẻ rồi mới xin cấp tài khoản định danh cho con.",
    guide: "vneid-tai-khoan-tre-em",
  },
};

export const VNEID_CHECK_START = "age";
