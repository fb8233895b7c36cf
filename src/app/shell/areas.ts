import { FileText, House, IdCard, QrCode, Users, type LucideIcon } from "lucide-react";

export type Area = { path: string; tab: string; title: string; description: string; icon: LucideIcon };

// The four areas the home screen offers; the same list drives the tiles and the bottom navigation.
export const AREAS: Area[] = [
  { path: "/procedures", tab: "Thủ tục", title: "Thủ tục hành chính", description: "Cần mang gì, mất bao lâu, bao nhiêu tiền", icon: FileText },
  { path: "/vneid", tab: "VNeID", title: "VNeID", description: "Mức 1, mức 2, giấy tờ, dịch vụ công", icon: IdCard },
  { path: "/qr-payment", tab: "Thanh toán", title: "Thanh toán QR", description: "Trả tiền an toàn, tránh bị lừa", icon: QrCode },
  { path: "/teams", tab: "Tổ công nghệ số", title: "Tổ công nghệ số", description: "Ai giúp tôi, khi nào, ở đâu", icon: Users },
];

export const HOME_TAB = { path: "/", tab: "Trang chủ", icon: House };
