import { describe, expect, it } from "vitest";
import { QR_NAME_MAX, toBankHolderName, toQrName } from "./qr-name";

describe("toQrName", () => {
  it("drops diacritics and keeps a short name whole", () => {
    expect(toQrName("Tạp hóa Cô Ba")).toBe("Tap hoa Co Ba");
  });
  it("cuts a long name at a word boundary, within 25 characters", () => {
    const name = toQrName("Tạp hóa Cô Ba Hướng Dương");
    expect(name).toBe("Tap hoa Co Ba Huong Duong");
    const longer = toQrName("Cửa hàng tạp hóa Cô Ba Hướng Dương");
    expect(longer).toBe("Cua hang tap hoa Co Ba");
    expect(longer.length).toBeLessThanOrEqual(QR_NAME_MAX);
  });
  it("cuts a single long word hard at 25 characters", () => {
    expect(toQrName("A".repeat(40))).toBe("A".repeat(25));
  });
});

describe("toBankHolderName", () => {
  it("writes the name as bank apps show it", () => {
    expect(toBankHolderName("Nguyễn Thị Ba")).toBe("NGUYEN THI BA");
    expect(toBankHolderName("đặng văn đức")).toBe("DANG VAN DUC");
  });
});
