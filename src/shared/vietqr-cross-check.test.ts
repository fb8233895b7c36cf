import { QRPay } from "vietnam-qr-pay";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../tests/support/seeded-random";
import { banksForQrMaker } from "./banks";
import { decodeVietQR, encodeVietQR, type VietQREncodeInput } from "./vietqr";

// A second, independent implementation (vietnam-qr-pay, MIT, a dev dependency only) reads what our
// encoder writes and writes what our decoder reads, on generated payloads. Both must agree on
// bank, account, amount, purpose and name, and on whether the CRC is right.

const random = seededRandom(20261201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const BINS = banksForQrMaker().map((b) => b.bin);
const ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-";

function text(max: number): string {
  const length = 1 + Math.floor(random() * max);
  let out = "";
  for (let i = 0; i < length; i++) out += pick([...ASCII]);
  // Leading/trailing spaces are legal but scanners trim them; keep the comparison about the codec.
  return out.trim() || "X";
}

function digits(min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  let out = String(1 + Math.floor(random() * 9));
  while (out.length < length) out += String(Math.floor(random() * 10));
  return out;
}

function generatedInput(): VietQREncodeInput {
  return {
    bin: pick(BINS),
    accountOrCard: digits(6, 19),
    ...(random() < 0.6 ? { amount: digits(1, 8) } : {}),
    ...(random() < 0.6 ? { purpose: text(25) } : {}),
    ...(random() < 0.5 ? { merchantName: text(25) } : {}),
  };
}

describe("VietQR codec against vietnam-qr-pay", () => {
  it("vietnam-qr-pay reads 300 payloads our encoder wrote", () => {
    for (let i = 0; i < 300; i++) {
      const input = generatedInput();
      const encoded = encodeVietQR(input);
      if (!encoded.ok) throw new Error(`${encoded.error.code} for ${JSON.stringify(input)}`);
      const other = new QRPay(encoded.payload);
      expect(other.isValid, encoded.payload).toBe(true);
      expect(other.provider.guid).toBe("A000000727");
      expect(other.consumer.bankBin).toBe(input.bin);
      expect(other.consumer.bankNumber).toBe(input.accountOrCard);
      expect(other.amount).toBe(input.amount);
      expect(other.additionalData.purpose).toBe(input.purpose);
      expect(other.merchant.name).toBe(input.merchantName);
      expect(other.initMethod).toBe(input.amount ? "12" : "11");
    }
  });

  it("our decoder reads 300 payloads vietnam-qr-pay wrote", () => {
    for (let i = 0; i < 300; i++) {
      const input = generatedInput();
      const other = QRPay.initVietQR({
        bankBin: input.bin,
        bankNumber: input.accountOrCard,
        ...(input.amount ? { amount: String(input.amount) } : {}),
        ...(input.purpose ? { purpose: input.purpose } : {}),
      });
      if (input.merchantName) other.merchant.name = input.merchantName;
      const payload = other.build();
      const decoded = decodeVietQR(payload);
      if (!decoded.ok) throw new Error(`${decoded.error.code}: ${payload}`);
      expect(decoded.qr.bin).toBe(input.bin);
      expect(decoded.qr.accountOrCard).toBe(input.accountOrCard);
      expect(decoded.qr.amount).toBe(input.amount);
      expect(decoded.qr.purpose).toBe(input.purpose);
      expect(decoded.qr.merchantName).toBe(input.merchantName);
      expect(decoded.qr.initiation).toBe(input.amount ? "dynamic" : "static");
      // Same payload from both encoders for the same input.
      const ours = encodeVietQR(input);
      expect(ours.ok && ours.payload).toBe(payload);
    }
  });

  it("both reject the same payloads with one character changed (the CRC catches it)", () => {
    for (let i = 0; i < 200; i++) {
      const encoded = encodeVietQR(generatedInput());
      if (!encoded.ok) throw new Error(encoded.error.message);
      const at = Math.floor(random() * (encoded.payload.length - 8));
      const original = encoded.payload[at] ?? "0";
      const replacement = original === "7" ? "8" : "7";
      const altered = encoded.payload.slice(0, at) + replacement + encoded.payload.slice(at + 1);
      expect(decodeVietQR(altered).ok, altered).toBe(false);
      expect(new QRPay(altered).isValid, altered).toBe(false);
    }
  });
});
