// Recognises the e-wallet and merchant-payment schemes whose QR codes residents meet every day, so
// the checker can explain them instead of condemning them. What the checker cannot know is who
// really receives the money: only the app that pays (wallet or bank) asks the scheme and shows it.
//
// How each scheme is told apart (public payloads and libraries, checked 12/2026):
// - MoMo: VietQR (field 38) to MoMo's own NAPAS identifier 971025, or, for older wallets, to BVBank
//   970454 with an account starting "99MM"; MoMo also writes a reference "MOMOW2W…" in field 62/05.
// - ZaloPay: VietQR to BVBank 970454 with an account starting "99ZP" (ZaloPay adds its own
//   template in field 26 beside field 38).
// - VNPAY: merchant template (field 26, sometimes 38) with the AID A000000775 ("VNPAY-QR").
// - ShopeePay: merchant template whose GUID is "vn.airpay.www" (AirPay was ShopeePay's name in
//   Viet Nam until 2020).
// - Viettel Money: VietQR to Viettel Money's NAPAS identifier 971005.
// Template GUIDs that name a wallet in words ("…zalopay…", "…momo…") are recognised too: a
// scheme's own template carries its own name, never another's.
//
// Pure: imports only from src/shared.

import type { NonVietQRInfo, VietQR, VietQRDecodeResult } from "./vietqr";

export const PAYMENT_SCHEME_IDS = ["momo", "zalopay", "vnpay", "shopeepay", "viettel-money"] as const;
export type PaymentSchemeId = (typeof PAYMENT_SCHEME_IDS)[number];

export interface PaymentScheme {
  id: PaymentSchemeId;
  /** The name residents know, e.g. "MoMo". */
  name: string;
  /** The app that shows who receives the money. */
  app: string;
  /** "wallet": a person's or shop's e-wallet; "merchant": a shop's payment terminal scheme. */
  kind: "wallet" | "merchant";
  /** True when the code is also a bank VietQR, so any bank app can pay it too. */
  viaVietQR: boolean;
}

const SCHEMES: Record<PaymentSchemeId, Omit<PaymentScheme, "viaVietQR">> = {
  momo: { id: "momo", name: "MoMo", app: "ứng dụng MoMo", kind: "wallet" },
  zalopay: { id: "zalopay", name: "ZaloPay", app: "ứng dụng ZaloPay (hoặc Zalo)", kind: "wallet" },
  vnpay: { id: "vnpay", name: "VNPAY", app: "ứng dụng ngân hàng có mục quét VNPAY-QR", kind: "merchant" },
  shopeepay: { id: "shopeepay", name: "ShopeePay", app: "ứng dụng ShopeePay hoặc Shopee", kind: "wallet" },
  "viettel-money": { id: "viettel-money", name: "Viettel Money", app: "ứng dụng Viettel Money", kind: "wallet" },
};

export const MOMO_BIN = "971025";
export const VIETTEL_MONEY_BIN = "971005";
/** BVBank: receives VietQR transfers for ZaloPay and older MoMo wallets. */
export const WALLET_BRIDGE_BIN = "970454";
export const VNPAY_GUID = "A000000775";
export const SHOPEEPAY_GUID = "vn.airpay.www";

/** The wallet or merchant scheme a decoded QR belongs to, or undefined for a plain bank transfer / unknown scheme. */
export function recognisePaymentScheme(result: VietQRDecodeResult): PaymentScheme | undefined {
  if (result.ok) return fromVietQR(result.qr);
  if (result.error.code !== "not-vietqr" || result.error.partial === undefined) return undefined;
  return fromOtherScheme(result.error.partial);
}

function scheme(id: PaymentSchemeId, viaVietQR: boolean): PaymentScheme {
  return { ...SCHEMES[id], viaVietQR };
}

function fromVietQR(qr: VietQR): PaymentScheme | undefined {
  const account = qr.accountOrCard.toUpperCase();
  if (qr.bin === MOMO_BIN) return scheme("momo", true);
  if (qr.bin === VIETTEL_MONEY_BIN) return scheme("viettel-money", true);
  if (qr.bin === WALLET_BRIDGE_BIN) {
    if (account.startsWith("99MM") || qr.referenceLabel?.toUpperCase().startsWith("MOMOW2W")) return scheme("momo", true);
    if (account.startsWith("99ZP")) return scheme("zalopay", true);
  }
  return undefined;
}

function fromOtherScheme(info: NonVietQRInfo): PaymentScheme | undefined {
  const guid = info.schemeGuid?.toLowerCase();
  if (guid === undefined) return undefined;
  if (guid === VNPAY_GUID.toLowerCase() || guid.includes("vnpay")) return scheme("vnpay", false);
  if (guid === SHOPEEPAY_GUID || guid.includes("airpay") || guid.includes("shopeepay")) return scheme("shopeepay", false);
  if (guid.includes("zalopay")) return scheme("zalopay", false);
  if (guid.includes("momo")) return scheme("momo", false);
  if (guid.includes("viettel")) return scheme("viettel-money", false);
  return undefined;
}
