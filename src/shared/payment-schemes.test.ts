import { QRPay } from "vietnam-qr-pay";
import { describe, expect, it } from "vitest";
import { crc16CcittFalse } from "./crc16";
import { MOMO_BIN, VIETTEL_MONEY_BIN, recognisePaymentScheme } from "./payment-schemes";
import { decodeVietQR, encodeVietQR } from "./vietqr";

// Payloads published with vietnam-qr-pay (xuannghia/vietnam-qr-pay README and tests), made by the
// wallets' own apps or rebuilt from them; the CRCs were written by that library, not by us.
const MOMO_LEGACY =
  "00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8";
const MOMO_NEW =
  "00020101021138620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F";
const ZALOPAY = "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C";
const VNPAY =
  "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685";
const SHOPEEPAY =
  "00020101021126610013vn.airpay.www014000000201010100064185noC4efDjGKq0or5GbeBz5204581253037045910RESTAURANT6009HOCHIMINH5802VN6304DA5C";

function seal(body: string): string {
  return body + "6304" + crc16CcittFalse(body + "6304");
}

describe("recognisePaymentScheme", () => {
  it("recognises MoMo wallets, old (BVBank 99MM…) and new (MoMo's own BIN)", () => {
    for (const payload of [MOMO_LEGACY, MOMO_NEW]) {
      const result = decodeVietQR(payload);
      expect(result.ok).toBe(true);
      expect(recognisePaymentScheme(result)).toMatchObject({ id: "momo", name: "MoMo", viaVietQR: true });
    }
  });

  it("recognises a ZaloPay wallet behind BVBank", () => {
    expect(recognisePaymentScheme(decodeVietQR(ZALOPAY))).toMatchObject({ id: "zalopay", viaVietQR: true });
  });

  it("recognises VNPAY-QR and ShopeePay merchant codes that are not VietQR", () => {
    const vnpay = decodeVietQR(VNPAY);
    expect(vnpay.ok).toBe(false);
    expect(recognisePaymentScheme(vnpay)).toMatchObject({ id: "vnpay", kind: "merchant", viaVietQR: false });
    const shopee = decodeVietQR(SHOPEEPAY);
    expect(shopee.ok ? null : shopee.error.code).toBe("not-vietqr");
    expect(recognisePaymentScheme(shopee)).toMatchObject({ id: "shopeepay", kind: "wallet" });
  });

  it("recognises Viettel Money by its NAPAS identifier", () => {
    const encoded = encodeVietQR({ bin: VIETTEL_MONEY_BIN, accountOrCard: "0987654321" });
    if (!encoded.ok) throw new Error(encoded.error.message);
    expect(recognisePaymentScheme(decodeVietQR(encoded.payload))).toMatchObject({ id: "viettel-money" });
  });

  it("leaves a plain bank transfer, a BVBank account and an unknown scheme unrecognised", () => {
    const bank = encodeVietQR({ bin: "970436", accountOrCard: "0011001234567" });
    const bvbank = encodeVietQR({ bin: "970454", accountOrCard: "1234567890" });
    if (!bank.ok || !bvbank.ok) throw new Error("encode failed");
    expect(recognisePaymentScheme(decodeVietQR(bank.payload))).toBeUndefined();
    expect(recognisePaymentScheme(decodeVietQR(bvbank.payload))).toBeUndefined();
    const unknown = seal("000201010211" + "26220010A00000099901041234" + "5303704" + "5802VN");
    const decoded = decodeVietQR(unknown);
    expect(decoded.ok ? null : decoded.error.code).toBe("not-vietqr");
    expect(recognisePaymentScheme(decoded)).toBeUndefined();
  });

  it("never recognises a damaged code: a wallet code with one changed character is just damaged", () => {
    const altered = MOMO_NEW.replace("PSP1234567890000000", "PSP1234567890000001");
    const result = decodeVietQR(altered);
    expect(result.ok ? null : result.error.code).toBe("crc-mismatch");
    expect(recognisePaymentScheme(result)).toBeUndefined();
  });

  it("uses MoMo's BIN that vietnam-qr-pay lists", () => {
    expect(decodeVietQR(MOMO_NEW).ok && new QRPay(MOMO_NEW).consumer.bankBin).toBe(MOMO_BIN);
  });
});
