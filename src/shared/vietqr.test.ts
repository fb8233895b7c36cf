import { seededRandom } from "../../tests/support/seeded-random";
import { describe, expect, it } from "vitest";
import { BANKS, banksForQrMaker, findBankByBin } from "./banks";
import { crc16CcittFalse } from "./crc16";
import {
  MAX_PAYLOAD_LENGTH,
  VIETQR_ENCODE_ERROR_CODES,
  VIETQR_ERROR_CODES,
  VIETQR_GUID,
  decodeVietQR,
  encodeVietQR,
  formatVnd,
  toVietQRText,
  type VietQR,
  type VietQRDecodeResult,
  type VietQREncodeErrorCode,
  type VietQREncodeInput,
  type VietQRErrorCode,
} from "./vietqr";

// ---------------------------------------------------------------------------------------------
// Independent construction helpers. Payloads are assembled here field by field (lengths counted
// in code points, as EMVCo counts characters) and sealed with the CRC module, whose output is
// pinned to published check values in crc16.test.ts.

type Fields = Array<[id: string, value: string]>;

function tlv(id: string, value: string): string {
  // Guard against building an invalid payload by accident in a test meant to be valid.
  if (Array.from(value).length > 99) throw new Error(`test value for ${id} too long`);
  return id + String(Array.from(value).length).padStart(2, "0") + value;
}

function seal(body: string): string {
  return body + "6304" + crc16CcittFalse(body + "6304");
}

function build(fields: Fields): string {
  return seal(fields.map(([id, value]) => tlv(id, value)).join(""));
}

function beneficiary(bin = "970436", account = "0123456789"): string {
  return tlv("00", bin) + tlv("01", account);
}

/** VietQR field 38; `service` null leaves the service code out. */
function template(service: string | null = "QRIBFTTA", block = beneficiary()): string {
  return tlv("00", VIETQR_GUID) + tlv("01", block) + (service === null ? "" : tlv("02", service));
}

/** A minimal static VietQR to account 0123456789 at Vietcombank, no amount. */
function baseFields(): Fields {
  return [
    ["00", "01"],
    ["01", "11"],
    ["38", template()],
    ["53", "704"],
    ["58", "VN"],
  ];
}

/** Base fields with `id` replaced (or removed when value is undefined, or appended when new). */
function withField(id: string, value: string | undefined, fields = baseFields()): Fields {
  const index = fields.findIndex(([existing]) => existing === id);
  if (value === undefined) return fields.filter(([existing]) => existing !== id);
  if (index === -1) return [...fields, [id, value]];
  return fields.map((field, i) => (i === index ? [id, value] : field));
}

function expectOk(result: VietQRDecodeResult): VietQR {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.qr;
}

function expectCode(result: VietQRDecodeResult, code: VietQRErrorCode): void {
  expect(result.ok ? "ok" : result.error.code).toBe(code);
  if (!result.ok) {
    expect(result.error.message.length).toBeGreaterThan(10);
    expect(result).not.toHaveProperty("qr");
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty choice");
  return item;
}

function randomString(random: () => number, alphabet: string, maxLength: number): string {
  const length = Math.floor(random() * (maxLength + 1));
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

// ---------------------------------------------------------------------------------------------
// Payloads published by other implementations (their CRCs were computed by those libraries).

const SUBIZ_STATIC =
  "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4";
const SUBIZ_DYNAMIC =
  "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6";
const SUBIZ_LONG =
  "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB";
const QRPAY_ACB =
  "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8";
const QRPAY_ACB_BAD_CRC = QRPAY_ACB.slice(0, -4) + "BBB5";
const GENERATOR_TCB =
  "00020101021138540010A00000072701240006970407011003865776720208QRIBFTTA5303704540710000005802VN62160812henry an cut6304A322";
const VNPAY_MERCHANT =
  "00020101021126280010A000000775011001087990425204597753037045802VN5909MYPHAMHER6005HANOI62260311MY PHAM HER0707MPHER0163041C50";
const VNPAY_MERCHANT_BAD_CRC = VNPAY_MERCHANT.slice(0, -4) + "1C55";
const VNPAY_WALLET =
  "00020101021002020103069084010411VNPayWallet071003933571580809Lê Anh Tú09051000010037041107content63042678";

describe("decodeVietQR: payloads published by other implementations", () => {
  it("reads a static QR (subiz/vietqr)", () => {
    const qr = expectOk(decodeVietQR(SUBIZ_STATIC));
    expect(qr).toMatchObject({
      initiation: "static",
      bin: "970423",
      bankShortName: "TPBank",
      accountOrCard: "0099999999",
      service: "account",
      currency: "704",
      country: "VN",
      crc: "CBB4",
    });
    expect(qr.amount).toBeUndefined();
    expect(qr.purpose).toBeUndefined();
  });

  it("reads dynamic QRs with amount and purpose (subiz/vietqr)", () => {
    expect(expectOk(decodeVietQR(SUBIZ_DYNAMIC))).toMatchObject({
      initiation: "dynamic",
      bin: "970422",
      bankShortName: "MB Bank",
      accountOrCard: "0023457923442",
      amount: "40123",
      purpose: "test text string",
    });
    expect(expectOk(decodeVietQR(SUBIZ_LONG))).toMatchObject({
      accountOrCard: "0023457923442ASDFLJ",
      purpose: "chuyen khoan alsdkf laksj",
    });
  });

  it("reads vietnam-qr-pay's and vietqr_generator's examples", () => {
    expect(expectOk(decodeVietQR(QRPAY_ACB))).toMatchObject({
      bin: "970416",
      bankShortName: "ACB",
      accountOrCard: "257678859",
      amount: "1000",
      purpose: "Chuyen tien",
    });
    expect(expectOk(decodeVietQR(GENERATOR_TCB))).toMatchObject({
      bin: "970407",
      bankName: "Ngân hàng TMCP Kỹ thương Việt Nam",
      accountOrCard: "0386577672",
      amount: "1000000",
      purpose: "henry an cut",
    });
  });

  it("reports a VNPAY merchant QR (tag 26) as not VietQR, with what it says", () => {
    const result = decodeVietQR(VNPAY_MERCHANT);
    expectCode(result, "not-vietqr");
    if (result.ok) return;
    expect(result.error.partial).toEqual({
      schemeTag: "26",
      schemeGuid: "A000000775",
      merchantName: "MYPHAMHER",
      merchantCity: "HANOI",
      currency: "704",
      country: "VN",
    });
  });

  it("reports a VNPAY wallet QR (UTF-8 name, CRC over UTF-8) as not VietQR rather than damaged", () => {
    expectCode(decodeVietQR(VNPAY_WALLET), "not-vietqr");
  });

  it("rejects the published wrong-CRC variants", () => {
    expectCode(decodeVietQR(QRPAY_ACB_BAD_CRC), "crc-mismatch");
    expectCode(decodeVietQR(VNPAY_MERCHANT_BAD_CRC), "crc-mismatch");
  });
});

describe("decodeVietQR: valid hand-built payloads", () => {
  it("reads a static QR to an account", () => {
    const qr = expectOk(decodeVietQR(build(baseFields())));
    expect(qr).toEqual({
      initiation: "static",
      bin: "970436",
      bankName: "Ngân hàng TMCP Ngoại Thương Việt Nam",
      bankShortName: "Vietcombank",
      accountOrCard: "0123456789",
      service: "account",
      currency: "704",
      country: "VN",
      crc: expect.stringMatching(/^[0-9A-F]{4}$/),
    });
  });

  it("reads a dynamic QR to a card with an amount", () => {
    let fields = withField("01", "12");
    fields = withField("38", template("QRIBFTTC", beneficiary("970403", "9704031101234567")), fields);
    fields = withField("54", "180000", fields);
    expect(expectOk(decodeVietQR(build(fields)))).toMatchObject({
      initiation: "dynamic",
      service: "card",
      bin: "970403",
      bankShortName: "Sacombank",
      accountOrCard: "9704031101234567",
      amount: "180000",
    });
  });

  it("accepts a lower-case CRC", () => {
    const payload = build(baseFields());
    const lower = payload.slice(0, -4) + payload.slice(-4).toLowerCase();
    expect(payload.slice(-4)).toMatch(/[A-F]/); // otherwise the test proves nothing
    expect(expectOk(decodeVietQR(lower)).crc).toBe(payload.slice(-4).toLowerCase());
  });

  it('accepts an amount with a trailing decimal point ("50000.") as the NAPAS spec allows', () => {
    expect(expectOk(decodeVietQR(build(withField("54", "50000.")))).amount).toBe("50000.");
  });

  it("accepts fields in any order between 00 and 63", () => {
    const fields: Fields = [
      ["00", "01"],
      ["62", tlv("08", "Tra no")],
      ["58", "VN"],
      ["54", "25000"],
      ["38", template()],
      ["53", "704"],
      ["01", "12"],
    ];
    expect(expectOk(decodeVietQR(build(fields)))).toMatchObject({ amount: "25000", purpose: "Tra no" });
  });

  it("reads merchant, MCC, postal code and every field-62 sub-field", () => {
    const additional =
      tlv("01", "HD-0001") +
      tlv("02", "***") +
      tlv("03", "Cua hang 1") +
      tlv("04", "L42") +
      tlv("05", "REF9") +
      tlv("06", "KH7") +
      tlv("07", "T1") +
      tlv("08", "Mua banh mi") +
      tlv("09", "ME");
    let fields = withField("52", "5411");
    fields = withField("59", "TIEM BANH CO BA", fields);
    fields = withField("60", "DA NANG", fields);
    fields = withField("61", "550000", fields);
    fields = withField("62", additional, fields);
    fields = withField("64", tlv("00", "vi") + tlv("01", "Tiem banh"), fields);
    expect(expectOk(decodeVietQR(build(fields)))).toMatchObject({
      mcc: "5411",
      merchantName: "TIEM BANH CO BA",
      merchantCity: "DA NANG",
      postalCode: "550000",
      billNumber: "HD-0001",
      mobileNumber: "***",
      storeLabel: "Cua hang 1",
      loyaltyNumber: "L42",
      referenceLabel: "REF9",
      customerLabel: "KH7",
      terminalLabel: "T1",
      purpose: "Mua banh mi",
      additionalConsumerDataRequest: "ME",
    });
  });

  it("accepts EMVCo-reserved (10–49) and template (50–99) sub-fields of 62 without showing them", () => {
    const additional = tlv("08", "Tra tien") + tlv("10", "reserved") + tlv("50", tlv("00", "A000000999") + tlv("01", "x"));
    const qr = expectOk(decodeVietQR(build(withField("62", additional))));
    expect(qr.purpose).toBe("Tra tien");
    expect(Object.values(qr)).not.toContain("reserved");
  });

  it.each([
    [[["55", "01"]], { kind: "prompt" }],
    [[["55", "02"], ["56", "3000"]], { kind: "fixed", amount: "3000" }],
    [[["55", "03"], ["57", "2.5"]], { kind: "percentage", percent: "2.5" }],
  ] as Array<[Fields, VietQR["tip"]]>)("reads tip fields %j", (extra, tip) => {
    expect(expectOk(decodeVietQR(build([...baseFields(), ...extra]))).tip).toEqual(tip);
  });

  it("counts characters as code points, not UTF-16 units", () => {
    // "😀" is one character but two UTF-16 units: length 06 is right, 07 is not.
    const right = build(withField("59", "Shop 😀"));
    expect(right).toContain("5906Shop 😀");
    expect(expectOk(decodeVietQR(right)).merchantName).toBe("Shop 😀");
    const utf16Length = seal(baseFields().map(([id, v]) => tlv(id, v)).join("") + "5907Shop 😀");
    expect(decodeVietQR(utf16Length).ok).toBe(false);
  });

  it("reads Vietnamese names in composed and decomposed form alike", () => {
    const composed = "Lê Anh Tú".normalize("NFC");
    const decomposed = composed.normalize("NFD");
    expect(expectOk(decodeVietQR(build(withField("59", composed)))).merchantName).toBe(composed);
    expect(expectOk(decodeVietQR(build(withField("59", decomposed)))).merchantName).toBe(decomposed);
  });

  it("ignores surrounding whitespace and a BOM from a scanner or clipboard", () => {
    const payload = build(baseFields());
    expect(decodeVietQR(`\ufeff  ${payload}\r\n`).ok).toBe(true);
  });

  it("leaves bankName empty for a BIN that is not in the list", () => {
    const qr = expectOk(decodeVietQR(build(withField("38", template("QRIBFTTA", beneficiary("123456"))))));
    expect(qr.bin).toBe("123456");
    expect(qr.bankName).toBeUndefined();
    expect(qr.bankShortName).toBeUndefined();
  });

  it("names renamed banks by their current name and CIMB by its VietQR BIN", () => {
    const vikki = build(withField("38", template("QRIBFTTA", beneficiary("970406"))));
    expect(expectOk(decodeVietQR(vikki)).bankShortName).toBe("Vikki Bank");
    const cimb = build(withField("38", template("QRIBFTTA", beneficiary("422589"))));
    expect(expectOk(decodeVietQR(cimb)).bankShortName).toBe("CIMB Bank");
  });

  it("reads the VietQR part of a QR that also carries another scheme", () => {
    const fields = withField("26", tlv("00", "A000000775") + tlv("01", "0108799042"));
    expect(expectOk(decodeVietQR(build(fields))).accountOrCard).toBe("0123456789");
  });
});

// ---------------------------------------------------------------------------------------------
// Every error code, each from at least one payload.

const validPayload = build(baseFields());
const bodyWithoutCrc = baseFields()
  .map(([id, v]) => tlv(id, v))
  .join("");

// NAPAS spec example 6.1.1 has this defect (domain-facts §D): the inner account length says 12
// but 13 digits follow, so the beneficiary block's lengths do not add up.
const specDefectBlock = tlv("00", "970403") + "0112" + "0011012345678";

const errorCases: Array<[string, string, VietQRErrorCode]> = [
  ["empty string", "", "empty-input"],
  ["only whitespace", "  \n\t ", "empty-input"],
  ["10,000 characters", "0".repeat(10_000), "input-too-long"],
  ["one character over the cap", "1".repeat(MAX_PAYLOAD_LENGTH + 1), "input-too-long"],
  ["control characters", "\u0000\u0001\u0002", "invalid-characters"],
  ["a lone surrogate", `${validPayload.slice(0, 20)}\ud800${validPayload.slice(20)}`, "invalid-characters"],
  ["binary garbage", "\u0089PNG\r\n\u001a\n\u0000\u0000", "invalid-characters"],
  // A right-to-left override could make a name display as something else; a valid CRC does not help.
  ["a bidi override with a valid CRC", build(withField("59", "ABC\u202eDEF")), "invalid-characters"],
  ["a web link", "https://dichvucong.gov.vn", "not-payment-qr"],
  ["plain text", "chuyen khoan 50k", "not-payment-qr"],
  ["format indicator 02", build(withField("00", "02")), "invalid-format-indicator"],
  ["format indicator 00 with a good CRC", seal("000200" + bodyWithoutCrc.slice(6)), "invalid-format-indicator"],
  ["no CRC field", bodyWithoutCrc, "missing-crc"],
  ["a three-digit CRC", bodyWithoutCrc + "6303ABC", "missing-crc"],
  ["the CRC text inside another field", seal(bodyWithoutCrc + "5912ABCD"), "missing-crc"],
  ["a wrong CRC", validPayload.slice(0, -4) + (validPayload.endsWith("0000") ? "0001" : "0000"), "crc-mismatch"],
  ["one changed digit", validPayload.replace("0123456789", "0123456780"), "crc-mismatch"],
  ["a zero-length field", seal(bodyWithoutCrc + "5900"), "malformed-tlv"],
  ["a letter in a field id", seal(bodyWithoutCrc + "5A02VN"), "malformed-tlv"],
  ["a length running past the end", seal(bodyWithoutCrc + "5999AB"), "malformed-tlv"],
  ["a repeated top-level field", build([...baseFields(), ["58", "VN"]]), "duplicate-field"],
  [
    "a scheme template 26 with an amount",
    build(withField("38", undefined, withField("26", tlv("00", "A000000775") + tlv("01", "42")))),
    "not-vietqr",
  ],
  ["field 38 with another GUID", build(withField("38", tlv("00", "A000000999") + tlv("01", "x"))), "not-vietqr"],
  ["no merchant account at all", build(withField("38", undefined)), "not-vietqr"],
  ["initiation 13", build(withField("01", "13")), "invalid-initiation"],
  ["no initiation", build(withField("01", undefined)), "invalid-initiation"],
  ["field 38 with broken lengths", build(withField("38", "0011A000000727" + "0208QRIBFTTA")), "invalid-vietqr-template"],
  ["field 38 without GUID", build(withField("38", tlv("01", beneficiary()) + tlv("02", "QRIBFTTA"))), "invalid-vietqr-template"],
  ["field 38 with an unknown sub-field", build(withField("38", template() + tlv("03", "x"))), "invalid-vietqr-template"],
  ["field 38 with a repeated sub-field", build(withField("38", template() + tlv("02", "QRIBFTTA"))), "invalid-vietqr-template"],
  ["the spec 6.1.1 nested-length defect", build(withField("38", template("QRIBFTTA", specDefectBlock))), "invalid-beneficiary"],
  ["no beneficiary block", build(withField("38", tlv("00", VIETQR_GUID) + tlv("02", "QRIBFTTA"))), "invalid-beneficiary"],
  ["a beneficiary without account", build(withField("38", template("QRIBFTTA", tlv("00", "970436")))), "invalid-beneficiary"],
  [
    "a beneficiary with an extra sub-field",
    build(withField("38", template("QRIBFTTA", beneficiary() + tlv("02", "x")))),
    "invalid-beneficiary",
  ],
  ["a 5-digit BIN", build(withField("38", template("QRIBFTTA", beneficiary("97043")))), "invalid-bin"],
  ["a BIN with a letter", build(withField("38", template("QRIBFTTA", beneficiary("97043A")))), "invalid-bin"],
  ["a 20-character account", build(withField("38", template("QRIBFTTA", beneficiary("970436", "1".repeat(20))))), "invalid-account"],
  ["an account with a space", build(withField("38", template("QRIBFTTA", beneficiary("970436", "0123 456")))), "invalid-account"],
  ["a card number with letters", build(withField("38", template("QRIBFTTC", beneficiary("970436", "9704ABCD")))), "invalid-account"],
  ["no service code", build(withField("38", template(null))), "missing-service"],
  ["service QRPUSH", build(withField("38", template("QRPUSH"))), "invalid-service"],
  ["service in lower case", build(withField("38", template("qribftta"))), "invalid-service"],
  ["currency 840", build(withField("53", "840")), "invalid-currency"],
  ["no currency", build(withField("53", undefined)), "invalid-currency"],
  ["country US", build(withField("58", "US")), "invalid-country"],
  ["no country", build(withField("58", undefined)), "invalid-country"],
  ["amount 0", build(withField("54", "0")), "invalid-amount"],
  ["amount 0.00", build(withField("54", "0.00")), "invalid-amount"],
  ["amount with a space", build(withField("54", "50 000")), "invalid-amount"],
  ["amount with a comma", build(withField("54", "1,000")), "invalid-amount"],
  ["negative amount", build(withField("54", "-5")), "invalid-amount"],
  ["amount with two points", build(withField("54", "1.2.3")), "invalid-amount"],
  ["amount of 14 characters", build(withField("54", "12345678901234")), "invalid-amount"],
  ["amount starting with a point", build(withField("54", ".5")), "invalid-amount"],
  ["fixed fee without its amount", build(withField("55", "02")), "invalid-tip"],
  ["fee amount without indicator", build(withField("56", "1000")), "invalid-tip"],
  ["unknown tip indicator", build(withField("55", "04")), "invalid-tip"],
  ["percentage of 100", build([...baseFields(), ["55", "03"], ["57", "100"]]), "invalid-tip"],
  ["tip prompt plus a fixed fee", build([...baseFields(), ["55", "01"], ["56", "1000"]]), "invalid-tip"],
  ["a 3-digit MCC", build(withField("52", "599")), "invalid-mcc"],
  ["a 26-character merchant name", build(withField("59", "A".repeat(26))), "invalid-merchant-name"],
  ["a 16-character city", build(withField("60", "B".repeat(16))), "invalid-merchant-city"],
  ["field 62 with broken lengths", build(withField("62", "0815abc")), "invalid-additional-data"],
  ["a 26-character purpose", build(withField("62", tlv("08", "x".repeat(26)))), "invalid-additional-data"],
  ["a repeated purpose", build(withField("62", tlv("08", "a") + tlv("08", "b"))), "invalid-additional-data"],
  ["a bad consumer-data request", build(withField("62", tlv("09", "X"))), "invalid-additional-data"],
  ["a repeated consumer-data letter", build(withField("62", tlv("09", "AA"))), "invalid-additional-data"],
];

describe("decodeVietQR: every inconsistency has its own error", () => {
  it.each(errorCases)("%s → %s", (_name, payload, code) => {
    expectCode(decodeVietQR(payload), code);
  });

  it("covers every error code at least once", () => {
    const covered = new Set(errorCases.map(([, , code]) => code));
    expect([...VIETQR_ERROR_CODES].filter((code) => !covered.has(code))).toEqual([]);
  });

  it("gives the other scheme's details for a tag-26 QR with an amount", () => {
    let fields = withField("38", undefined, withField("26", tlv("00", "A000000775") + tlv("01", "42")));
    fields = withField("54", "75000", fields);
    fields = withField("59", "MY PHAM", fields);
    fields = withField("60", "DA NANG", fields);
    const result = decodeVietQR(build(fields));
    expectCode(result, "not-vietqr");
    if (!result.ok) {
      expect(result.error.partial).toMatchObject({
        schemeTag: "26",
        schemeGuid: "A000000775",
        amount: "75000",
        merchantName: "MY PHAM",
        merchantCity: "DA NANG",
      });
    }
  });

  it("says in Vietnamese that a CRC mismatch means damaged or altered", () => {
    const result = decodeVietQR(QRPAY_ACB_BAD_CRC);
    expect(result.ok ? "" : result.error.message).toMatch(/bị hỏng hoặc đã bị sửa/);
  });

  it("returns an error for non-string input from untyped callers", () => {
    for (const input of [null, undefined, 42, {}, ["000201"]]) {
      expect(decodeVietQR(input as unknown as string).ok).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property-style: never throws, and nothing but an intact payload is accepted.

describe("decodeVietQR: any input at all", () => {
  const random = seededRandom(20261122);
  const valid = build(
    withField("62", tlv("01", "HD42") + tlv("08", "Tra tien hang"), withField("54", "123000", withField("01", "12"))),
  );

  function decodeSafely(input: string): VietQRDecodeResult {
    let result: VietQRDecodeResult | undefined;
    expect(() => {
      result = decodeVietQR(input);
    }).not.toThrow();
    if (result === undefined) throw new Error("no result");
    return result;
  }

  it("accepts the intact payload used below", () => {
    expect(decodeSafely(valid).ok).toBe(true);
  });

  it("rejects 500 random printable strings, half of them starting like a VietQR", () => {
    for (let i = 0; i < 500; i++) {
      const tail = randomString(random, PRINTABLE_ASCII, 600);
      expect(decodeSafely(i % 2 ? tail : "000201010212" + tail).ok).toBe(false);
    }
  });

  it("rejects 500 random UTF-16 strings, lone surrogates included", () => {
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 300);
      const units = Array.from({ length }, () => Math.floor(random() * 0x10000));
      expect(decodeSafely(String.fromCharCode(...units)).ok).toBe(false);
    }
  });

  it("rejects 500 random byte sequences read as text", () => {
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 400);
      const bytes = Array.from({ length }, () => Math.floor(random() * 256));
      const text = String.fromCharCode(...bytes);
      expect(decodeSafely(i % 2 ? text : valid.slice(0, 30) + text).ok).toBe(false);
    }
  });

  it("rejects every truncation of a valid payload", () => {
    for (let end = 0; end < valid.length; end++) {
      expect(decodeSafely(valid.slice(0, end)).ok).toBe(false);
      expect(decodeSafely(valid.slice(end + 1)).ok).toBe(false);
    }
  });

  it("reports any single changed character before the CRC field as damaged (crc-mismatch)", () => {
    const crcField = valid.length - 8;
    for (let i = 0; i < 300; i++) {
      const position = 6 + Math.floor(random() * (crcField - 6));
      const original = valid.charAt(position);
      let replacement = pick(random, Array.from(PRINTABLE_ASCII));
      if (replacement === original) replacement = original === "0" ? "1" : "0";
      const mutated = valid.slice(0, position) + replacement + valid.slice(position + 1);
      expectCode(decodeSafely(mutated), "crc-mismatch");
    }
  });

  it("rejects random insertions into a valid payload", () => {
    for (let i = 0; i < 200; i++) {
      // From 1: whitespace inserted in front would be trimmed away, legitimately.
      const position = 1 + Math.floor(random() * (valid.length - 1));
      const insert = randomString(random, PRINTABLE_ASCII, 5) || "7";
      const spliced = valid.slice(0, position) + insert + valid.slice(position);
      expect(decodeSafely(spliced).ok).toBe(false);
    }
  });

  it("never throws on 500 random well-formed payloads with a correct CRC", () => {
    const ids = ["01", "26", "38", "52", "53", "54", "55", "56", "57", "58", "59", "60", "62", "99"];
    const pieces = ["", "11", "12", "704", "VN", VIETQR_GUID, "QRIBFTTA", "970436", "0123", "1.5", "***", "Lê"];
    for (let i = 0; i < 500; i++) {
      const fields: Fields = [["00", "01"]];
      const count = Math.floor(random() * 8);
      for (let f = 0; f < count; f++) {
        // Nested values built from random sub-fields so the deeper checks are exercised too.
        const nested = Array.from({ length: Math.floor(random() * 4) }, () =>
          tlv(pick(random, ["00", "01", "02", "08", "09"]), pick(random, pieces) || "0"),
        ).join("");
        fields.push([pick(random, ids), nested || pick(random, pieces) || "1"]);
      }
      const result = decodeSafely(build(fields));
      if (result.ok) {
        expect(result.qr.bin).toMatch(/^\d{6}$/);
        expect(result.qr.currency).toBe("704");
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Encoding

function encodeOk(input: VietQREncodeInput): string {
  const result = encodeVietQR(input);
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.payload;
}

describe("encodeVietQR", () => {
  it("writes exactly the payloads other implementations write", () => {
    expect(encodeOk({ bin: "970423", accountOrCard: "0099999999" })).toBe(SUBIZ_STATIC);
    expect(
      encodeOk({ bin: "970422", accountOrCard: "0023457923442", amount: 40123, purpose: "test text string" }),
    ).toBe(SUBIZ_DYNAMIC);
    expect(
      encodeOk({
        bin: "970422",
        accountOrCard: "0023457923442ASDFLJ",
        amount: "40123",
        purpose: "chuyen khoan alsdkf laksj",
      }),
    ).toBe(SUBIZ_LONG);
    expect(
      encodeOk({ bin: "970416", accountOrCard: "257678859", amount: "1000", purpose: "Chuyen tien" }),
    ).toBe(QRPAY_ACB);
    // Not GENERATOR_TCB: that example is a static code (11) carrying an amount, while the QR maker
    // writes any code with an amount as dynamic (12). Same fields otherwise:
    const tcb = encodeOk({ bin: "970407", accountOrCard: "0386577672", amount: "1000000", purpose: "henry an cut" });
    expect(tcb.slice(12, -4)).toBe(GENERATOR_TCB.slice(12, -4));
  });

  it("makes a static QR without amount and a dynamic one with it", () => {
    expect(encodeOk({ bin: "970436", accountOrCard: "0123456789" })).toMatch(/^000201010211/);
    expect(encodeOk({ bin: "970436", accountOrCard: "0123456789", amount: "5000" })).toMatch(/^000201010212/);
  });

  it("makes a card QR with service QRIBFTTC", () => {
    const payload = encodeOk({ bin: "970403", accountOrCard: "9704031101234567", service: "card" });
    expect(payload).toContain("0208QRIBFTTC");
    expect(expectOk(decodeVietQR(payload)).service).toBe("card");
  });

  it("leaves out empty optional fields", () => {
    const payload = encodeOk({
      bin: "970436",
      accountOrCard: "0123456789",
      amount: "",
      purpose: "",
      billNumber: "",
      merchantName: "",
      merchantCity: "",
    });
    expect(payload).toBe(encodeOk({ bin: "970436", accountOrCard: "0123456789" }));
  });

  it("round-trips 500 generated inputs: decode(encode(x)) gives x back", () => {
    const random = seededRandom(7);
    const digits = "0123456789";
    const alnum = digits + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const bins = BANKS.filter((bank) => bank.vietQRBin === undefined).map((bank) => bank.bin);
    for (let i = 0; i < 500; i++) {
      const service = random() < 0.3 ? "card" : "account";
      const accountOrCard =
        service === "card"
          ? pick(random, ["1", "2", "9"]) + randomString(random, digits, 18)
          : pick(random, Array.from(alnum)) + randomString(random, alnum + "-", 18);
      const optional = (max: number): string | undefined =>
        random() < 0.5 ? undefined : pick(random, Array.from(PRINTABLE_ASCII)) + randomString(random, PRINTABLE_ASCII, max - 1);
      const amount = random() < 0.5 ? undefined : String(1 + Math.floor(random() * (500_000_000 - 1)));
      const input: VietQREncodeInput = {
        // Mostly listed banks, sometimes an unknown BIN (allowed: a new bank may not be listed yet).
        bin: random() < 0.8 ? pick(random, bins) : String(100000 + Math.floor(random() * 800000)),
        accountOrCard,
        service,
        amount,
        purpose: optional(25),
        billNumber: optional(25),
        merchantName: optional(25),
        merchantCity: optional(15),
      };
      const qr = expectOk(decodeVietQR(encodeOk(input)));
      expect(qr).toMatchObject({
        initiation: amount === undefined ? "static" : "dynamic",
        bin: input.bin,
        accountOrCard,
        service,
        currency: "704",
        country: "VN",
      });
      expect(qr.amount).toBe(amount);
      expect(qr.purpose).toBe(input.purpose);
      expect(qr.billNumber).toBe(input.billNumber);
      expect(qr.merchantName).toBe(input.merchantName);
      expect(qr.merchantCity).toBe(input.merchantCity);
      expect(qr.bankShortName).toBe(findBankByBin(input.bin)?.shortName);
    }
  });

  const base: VietQREncodeInput = { bin: "970436", accountOrCard: "0123456789" };
  const encodeErrors: Array<[string, VietQREncodeInput, VietQREncodeErrorCode, keyof VietQREncodeInput]> = [
    ["a 5-digit BIN", { ...base, bin: "97043" }, "invalid-bin", "bin"],
    ["CIMB's card BIN instead of its VietQR BIN", { ...base, bin: "970459" }, "invalid-bin", "bin"],
    ["an empty account", { ...base, accountOrCard: "" }, "invalid-account", "accountOrCard"],
    ["a 20-digit account", { ...base, accountOrCard: "1".repeat(20) }, "invalid-account", "accountOrCard"],
    ["a card number with letters", { ...base, service: "card", accountOrCard: "9704AB" }, "invalid-account", "accountOrCard"],
    ["an unknown service", { ...base, service: "wallet" as unknown as "card" }, "invalid-service", "service"],
    ["amount 0", { ...base, amount: "0" }, "invalid-amount", "amount"],
    ["amount with thousands dots", { ...base, amount: "50.000" }, "invalid-amount", "amount"],
    ["a fractional number", { ...base, amount: 1.5 }, "invalid-amount", "amount"],
    ["a negative number", { ...base, amount: -5 }, "invalid-amount", "amount"],
    ["amount with leading zero", { ...base, amount: "050000" }, "invalid-amount", "amount"],
    ["500 million đồng", { ...base, amount: 500_000_000 }, "amount-over-limit", "amount"],
    ["purpose with diacritics", { ...base, purpose: "Trả tiền" }, "invalid-purpose", "purpose"],
    ["a 26-character purpose", { ...base, purpose: "x".repeat(26) }, "invalid-purpose", "purpose"],
    ["a bill number with a newline", { ...base, billNumber: "HD\n1" }, "invalid-bill-number", "billNumber"],
    ["a 26-character shop name", { ...base, merchantName: "A".repeat(26) }, "invalid-merchant-name", "merchantName"],
    ["a 16-character city", { ...base, merchantCity: "B".repeat(16) }, "invalid-merchant-city", "merchantCity"],
  ];

  it.each(encodeErrors)("rejects %s", (_name, input, code, field) => {
    const result = encodeVietQR(input);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it("covers every encode error code", () => {
    const covered = new Set(encodeErrors.map(([, , code]) => code));
    expect([...VIETQR_ENCODE_ERROR_CODES].filter((code) => !covered.has(code))).toEqual([]);
  });

  it("tells the shop which BIN to use for CIMB", () => {
    const result = encodeVietQR({ ...base, bin: "970459" });
    expect(result.ok ? "" : result.error.message).toContain("422589");
    expect(encodeVietQR({ ...base, bin: "422589" }).ok).toBe(true);
  });

  it("accepts the largest amount under the NAPAS 247 limit", () => {
    expect(expectOk(decodeVietQR(encodeOk({ ...base, amount: 499_999_999 }))).amount).toBe("499999999");
  });
});

describe("toVietQRText", () => {
  it.each([
    ["Tiệm Bánh Mì Cô Ba", "Tiem Banh Mi Co Ba"],
    ["Đà Nẵng", "Da Nang"],
    ["Phở  Hòa – đường Núi Thành", "Pho Hoa duong Nui Thanh"],
    ["  Trả tiền hàng  ", "Tra tien hang"],
  ])("%j → %j", (input, expected) => {
    expect(toVietQRText(input)).toBe(expected);
    expect(encodeVietQR({ bin: "970436", accountOrCard: "1", purpose: expected }).ok).toBe(true);
  });
});

describe("formatVnd", () => {
  it.each([
    ["50000", "50.000 ₫"],
    ["1000", "1.000 ₫"],
    ["999", "999 ₫"],
    ["1234567", "1.234.567 ₫"],
    ["50000.", "50.000 ₫"],
    ["1234567.50", "1.234.567,5 ₫"],
    ["007", "7 ₫"],
    ["abc", "abc"],
  ])("%j → %j", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
  });
});

describe("bank list", () => {
  it("has unique 6-digit BINs with names", () => {
    const bins = BANKS.map((bank) => bank.bin);
    expect(new Set(bins).size).toBe(bins.length);
    for (const bank of BANKS) {
      expect(bank.bin).toMatch(/^\d{6}$/);
      expect(bank.shortName.length).toBeGreaterThan(1);
      expect(bank.name.length).toBeGreaterThan(5);
    }
  });

  it("keeps renamed banks current, with their former names", () => {
    expect(findBankByBin("970406")).toMatchObject({ shortName: "Vikki Bank", formerNames: ["DongA Bank"] });
    expect(findBankByBin("970414")).toMatchObject({ shortName: "MBV", formerNames: ["Ocean Bank"] });
    expect(findBankByBin("970449")).toMatchObject({ shortName: "LPBank", formerNames: ["LienVietPostBank"] });
  });

  it("recognises CIMB under both BINs but offers only the VietQR one in the QR maker", () => {
    expect(findBankByBin("970459")?.vietQRBin).toBe("422589");
    expect(findBankByBin("422589")?.shortName).toBe("CIMB Bank");
    const pickable = banksForQrMaker().map((bank) => bank.bin);
    expect(pickable).toContain("422589");
    expect(pickable).not.toContain("970459");
  });

  it("returns undefined for an unknown BIN", () => {
    expect(findBankByBin("000000")).toBeUndefined();
  });
});
