// VietQR codec: reads and writes the EMVCo "merchant-presented" payload that NAPAS 247 uses for
// bank transfers (NAPAS "Tài liệu quy định về định dạng mã VietQR…" v1.0, 09/2021; facts and
// sources in ../shared/domain/domain-facts.md §D).
//
// The decoder exists so a resident can see, before paying, which account a QR really pays. It is
// therefore strict and fails closed: anything inconsistent is rejected with its own error code,
// never half-decoded, and it never throws, whatever string it is given.
//
// Lengths are counted in characters, as EMVCo specifies — here Unicode code points, not UTF-16
// units, so "ú" counts once however JS stores it. VietQR text is normally ASCII; wallet QRs with
// Vietnamese names ("0809Lê Anh Tú") count this way, and the CRC is taken over the UTF-8 bytes
// (see crc16.ts). The encoder only writes ASCII text, so the question never arises for our QRs.
//
// Pure: imports only from src/shared, so the mini app and the server share it.

import { findBankByBin } from "./banks";
import { crc16CcittFalse } from "./crc16";

/** Application identifier of NAPAS VietQR inside field 38. */
export const VIETQR_GUID = "A000000727";

/** EMVCo caps a payload at 512 characters; longer input is not a payment QR. */
export const MAX_PAYLOAD_LENGTH = 512;

/** NAPAS 247 takes transfers under 500 million đồng (spec v1.0 §8.1.1); the QR maker stays below. */
export const NAPAS247_AMOUNT_LIMIT = 500_000_000;

const SERVICE_CODES = { QRIBFTTA: "account", QRIBFTTC: "card" } as const;
type ServiceCode = keyof typeof SERVICE_CODES;

// ---------------------------------------------------------------------------------------------
// Public types

export type VietQRService = "account" | "card";

export interface VietQR {
  /** 11 = static (reusable, e.g. a shop's sticker), 12 = dynamic (one transaction). */
  initiation: "static" | "dynamic";
  /** 6-digit bank identifier (BIN). */
  bin: string;
  /** Full bank name from the bank list; absent when the BIN is unknown — worth a warning. */
  bankName?: string;
  bankShortName?: string;
  accountOrCard: string;
  service: VietQRService;
  /** Amount exactly as encoded (digits, optional "."), in đồng. Absent: the payer types it. */
  amount?: string;
  /** Always "704" (Vietnamese đồng); anything else is rejected. */
  currency: string;
  /** Always "VN"; anything else is rejected. */
  country: string;
  /** Merchant category code (field 52), when present. */
  mcc?: string;
  /** Tip or convenience fee the payer is asked for or charged (fields 55–57). */
  tip?: VietQRTip;
  merchantName?: string;
  merchantCity?: string;
  postalCode?: string;
  // Field 62 sub-fields. The value "***" means "the payer's app asks for it".
  billNumber?: string;
  mobileNumber?: string;
  storeLabel?: string;
  loyaltyNumber?: string;
  referenceLabel?: string;
  customerLabel?: string;
  terminalLabel?: string;
  purpose?: string;
  /** Field 62/09: which consumer details the app should ask for (letters A, M, E). */
  additionalConsumerDataRequest?: string;
  /** CRC as written in the payload (may be lower case). */
  crc: string;
}

export type VietQRTip =
  | { kind: "prompt" }
  | { kind: "fixed"; amount: string }
  | { kind: "percentage"; percent: string };

/** What can be read from an EMVCo payment QR that is not a VietQR. */
export interface NonVietQRInfo {
  /** Field id of the first merchant-account field (02–51), e.g. "26". */
  schemeTag?: string;
  /** GUID/AID of that scheme, when the field is a template (26–51), e.g. "A000000775". */
  schemeGuid?: string;
  merchantName?: string;
  merchantCity?: string;
  amount?: string;
  currency?: string;
  country?: string;
}

export const VIETQR_ERROR_CODES = [
  "empty-input",
  "input-too-long",
  "invalid-characters",
  "not-payment-qr",
  "invalid-format-indicator",
  "missing-crc",
  "crc-mismatch",
  "malformed-tlv",
  "duplicate-field",
  "not-vietqr",
  "invalid-initiation",
  "invalid-vietqr-template",
  "invalid-beneficiary",
  "invalid-bin",
  "invalid-account",
  "missing-service",
  "invalid-service",
  "invalid-currency",
  "invalid-country",
  "invalid-amount",
  "invalid-tip",
  "invalid-mcc",
  "invalid-merchant-name",
  "invalid-merchant-city",
  "invalid-additional-data",
] as const;

export type VietQRErrorCode = (typeof VIETQR_ERROR_CODES)[number];

export interface VietQRError {
  code: VietQRErrorCode;
  /** Plain Vietnamese, for the resident. */
  message: string;
  /** Only for "not-vietqr": what the other scheme's QR says. */
  partial?: NonVietQRInfo;
}

export type VietQRDecodeResult = { ok: true; qr: VietQR } | { ok: false; error: VietQRError };

const DECODE_MESSAGES: Record<VietQRErrorCode, string> = {
  "empty-input": "Chưa có nội dung mã QR để kiểm tra.",
  "input-too-long": `Nội dung dài hơn ${MAX_PAYLOAD_LENGTH} ký tự nên không phải mã QR chuyển khoản.`,
  "invalid-characters":
    "Nội dung có ký tự lạ (ký tự điều khiển, ký tự ẩn hoặc dữ liệu hỏng), không phải mã QR chuyển khoản.",
  "not-payment-qr": "Đây không phải mã QR thanh toán: nội dung không theo chuẩn mã QR chuyển khoản.",
  "invalid-format-indicator":
    "Mã QR không đúng chuẩn: phần đầu mã (phiên bản định dạng) phải là 01.",
  "missing-crc": "Mã QR không đúng chuẩn: thiếu mã kiểm tra ở cuối mã.",
  "crc-mismatch": "Mã QR bị hỏng hoặc đã bị sửa: mã kiểm tra không khớp.",
  "malformed-tlv": "Mã QR bị hỏng: độ dài các phần trong mã không khớp với nội dung.",
  "duplicate-field": "Mã QR không hợp lệ: có một phần thông tin bị lặp lại hai lần.",
  "not-vietqr":
    "Đây là mã QR thanh toán nhưng không phải mã VietQR chuyển khoản ngân hàng (NAPAS 247); có thể là mã của ví điện tử, cổng thanh toán hoặc thẻ quốc tế.",
  "invalid-initiation":
    "Mã QR không hợp lệ: loại mã phải là 11 (mã tĩnh, dùng nhiều lần) hoặc 12 (mã động, dùng một lần).",
  "invalid-vietqr-template": "Mã VietQR bị hỏng: phần thông tin người nhận tiền không đúng cấu trúc.",
  "invalid-beneficiary":
    "Mã VietQR bị hỏng: phần mã ngân hàng và số tài khoản không đúng cấu trúc.",
  "invalid-bin": "Mã VietQR không hợp lệ: mã ngân hàng (BIN) phải gồm đúng 6 chữ số.",
  "invalid-account":
    "Mã VietQR không hợp lệ: số tài khoản hoặc số thẻ phải có từ 1 đến 19 chữ cái hoặc chữ số.",
  "missing-service":
    "Mã VietQR thiếu mã dịch vụ nên không biết chuyển vào tài khoản hay vào thẻ.",
  "invalid-service":
    "Mã VietQR không hợp lệ: mã dịch vụ phải là QRIBFTTA (vào tài khoản) hoặc QRIBFTTC (vào thẻ).",
  "invalid-currency": "Mã QR không dùng tiền Việt Nam đồng (mã tiền tệ phải là 704).",
  "invalid-country": "Mã QR không phải của Việt Nam (mã quốc gia phải là VN).",
  "invalid-amount":
    "Số tiền trong mã QR không hợp lệ: chỉ được gồm chữ số (có thể có một dấu chấm), khác 0 và tối đa 13 ký tự.",
  "invalid-tip": "Phần tiền boa hoặc phí dịch vụ trong mã QR không hợp lệ.",
  "invalid-mcc": "Mã QR không hợp lệ: mã loại hình kinh doanh phải gồm 4 chữ số.",
  "invalid-merchant-name": "Mã QR không hợp lệ: tên người nhận dài quá 25 ký tự.",
  "invalid-merchant-city": "Mã QR không hợp lệ: tên thành phố dài quá 15 ký tự.",
  "invalid-additional-data":
    "Mã QR không hợp lệ: phần thông tin thêm (nội dung chuyển khoản, số hóa đơn…) không đúng cấu trúc.",
};

// ---------------------------------------------------------------------------------------------
// Decoding

/** Reads a VietQR payload. Never throws: every problem comes back as `{ ok: false, error }`. */
export function decodeVietQR(payload: string): VietQRDecodeResult {
  try {
    return { ok: true, qr: decodeOrReject(payload) };
  } catch (caught) {
    if (caught instanceof Rejection) return { ok: false, error: caught.error };
    // Defence in depth for untrusted input: an unexpected failure means "cannot read", never a throw.
    return { ok: false, error: makeError("malformed-tlv") };
  }
}

class Rejection extends Error {
  constructor(readonly error: VietQRError) {
    super(error.code);
  }
}

function makeError(code: VietQRErrorCode, detail?: string, partial?: NonVietQRInfo): VietQRError {
  const message = detail ? `${DECODE_MESSAGES[code]} (${detail})` : DECODE_MESSAGES[code];
  return partial ? { code, message, partial } : { code, message };
}

function reject(code: VietQRErrorCode, detail?: string, partial?: NonVietQRInfo): never {
  throw new Rejection(makeError(code, detail, partial));
}

function decodeOrReject(payload: unknown): VietQR {
  const text = checkInput(payload);
  checkHeader(text);
  const crc = checkCrc(text);
  const fields = parseTopLevel(text);
  const template = readVietQRTemplate(fields);
  const initiation = readInitiation(fields);
  const beneficiary = readBeneficiary(template);
  const bank = findBankByBin(beneficiary.bin);
  return dropUndefined({
    initiation,
    ...beneficiary,
    bankName: bank?.name,
    bankShortName: bank?.shortName,
    amount: readAmount(fields),
    currency: readCurrency(fields),
    country: readCountry(fields),
    mcc: readMcc(fields),
    tip: readTip(fields),
    ...readMerchant(fields),
    ...readAdditionalData(fields),
    crc,
  });
}

// Control, format (e.g. bidi overrides that could make a name display differently), surrogate,
// private-use, unassigned and line/paragraph-separator characters never belong in a payment QR;
// U+FFFD is what broken binary turns into.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\uFFFD]/u;

function checkInput(payload: unknown): string {
  if (typeof payload !== "string") reject("empty-input");
  // Scanners and clipboards add surrounding whitespace or a BOM; none can be part of a payload,
  // which starts with "00" and ends with hex digits.
  const text = payload.trim();
  if (text === "") reject("empty-input");
  // Cheap UTF-16 bound first so a huge string is not split into code points.
  if (text.length > MAX_PAYLOAD_LENGTH * 2 || countChars(text) > MAX_PAYLOAD_LENGTH) {
    reject("input-too-long");
  }
  if (FORBIDDEN_CHARACTERS.test(text)) reject("invalid-characters");
  return text;
}

function checkHeader(text: string): void {
  // Every EMVCo payload starts with field 00 of length 02.
  if (!/^00\d\d/.test(text)) reject("not-payment-qr");
  if (!text.startsWith("000201")) reject("invalid-format-indicator");
}

/**
 * Checked before the structure so that a code altered anywhere (even in a length) is reported
 * as damaged, which is what it is, rather than as some structural oddity.
 */
function checkCrc(text: string): string {
  const match = /6304([0-9A-Fa-f]{4})$/.exec(text);
  const written = match?.[1];
  if (written === undefined) reject("missing-crc");
  const covered = text.slice(0, text.length - 4); // everything up to and including "6304"
  if (crc16CcittFalse(covered) !== written.toUpperCase()) reject("crc-mismatch");
  return written;
}

function parseTopLevel(text: string): ReadonlyMap<string, string> {
  const fields = parseTlv(text);
  if (fields === undefined) reject("malformed-tlv");
  const map = uniqueFields(fields);
  if (typeof map === "string") reject("duplicate-field", `trường ${map}`);
  // The CRC suffix matched, but it must really be the last field, not text inside another one.
  if (fields[fields.length - 1]?.id !== "63") reject("missing-crc");
  return map;
}

/** Field 38 as a map of its sub-fields, or a rejection saying this is not (a readable) VietQR. */
function readVietQRTemplate(fields: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const value = fields.get("38");
  if (value === undefined) reject("not-vietqr", undefined, readNonVietQRInfo(fields));
  const template = parseNested(value, "invalid-vietqr-template");
  const guid = template.get("00");
  if (guid === undefined) reject("invalid-vietqr-template", "thiếu mã định danh VietQR");
  // An AID is hexadecimal; letter case carries no meaning.
  if (guid.toUpperCase() !== VIETQR_GUID) {
    reject("not-vietqr", undefined, readNonVietQRInfo(fields));
  }
  // NAPAS defines exactly 00, 01 and 02 here; anything else means we may misread who is paid.
  const unknown = [...template.keys()].find((id) => !["00", "01", "02"].includes(id));
  if (unknown !== undefined) reject("invalid-vietqr-template", `trường lạ ${unknown}`);
  return template;
}

function readInitiation(fields: ReadonlyMap<string, string>): VietQR["initiation"] {
  const value = fields.get("01");
  if (value === "11") return "static";
  if (value === "12") return "dynamic";
  return reject("invalid-initiation");
}

interface Beneficiary {
  bin: string;
  accountOrCard: string;
  service: VietQRService;
}

function readBeneficiary(template: ReadonlyMap<string, string>): Beneficiary {
  const block = template.get("01");
  if (block === undefined) reject("invalid-beneficiary", "thiếu mã ngân hàng và số tài khoản");
  const inner = parseNested(block, "invalid-beneficiary");
  const unknown = [...inner.keys()].find((id) => id !== "00" && id !== "01");
  if (unknown !== undefined) reject("invalid-beneficiary", `trường lạ ${unknown}`);
  const bin = inner.get("00");
  const accountOrCard = inner.get("01");
  if (bin === undefined || accountOrCard === undefined) reject("invalid-beneficiary");
  if (!isBin(bin)) reject("invalid-bin");
  const service = readService(template);
  if (!isAccountOrCard(accountOrCard, service)) reject("invalid-account");
  return { bin, accountOrCard, service };
}

function readService(template: ReadonlyMap<string, string>): VietQRService {
  const code = template.get("02");
  if (code === undefined) reject("missing-service");
  if (!isServiceCode(code)) reject("invalid-service");
  return SERVICE_CODES[code];
}

function readAmount(fields: ReadonlyMap<string, string>): string | undefined {
  const amount = fields.get("54");
  if (amount !== undefined && !isAmount(amount)) reject("invalid-amount");
  return amount;
}

function readCurrency(fields: ReadonlyMap<string, string>): string {
  const currency = fields.get("53");
  if (currency === undefined) reject("invalid-currency", "thiếu mã tiền tệ");
  if (currency !== "704") reject("invalid-currency", `mã tiền tệ ${currency}`);
  return currency;
}

function readCountry(fields: ReadonlyMap<string, string>): string {
  const country = fields.get("58");
  if (country === undefined) reject("invalid-country", "thiếu mã quốc gia");
  if (country !== "VN") reject("invalid-country", `mã quốc gia ${country}`);
  return country;
}

function readMcc(fields: ReadonlyMap<string, string>): string | undefined {
  const mcc = fields.get("52");
  if (mcc !== undefined && !/^\d{4}$/.test(mcc)) reject("invalid-mcc");
  return mcc;
}

// EMVCo: 55 = 01 (payer is prompted for a tip), 02 (fixed fee in 56), 03 (percentage in 57).
// A fee field without the matching indicator is inconsistent: the payer could be charged
// something the app does not show.
function readTip(fields: ReadonlyMap<string, string>): VietQRTip | undefined {
  const indicator = fields.get("55");
  const fixed = fields.get("56");
  const percent = fields.get("57");
  if (indicator === undefined) {
    if (fixed !== undefined || percent !== undefined) reject("invalid-tip");
    return undefined;
  }
  if (indicator === "01" && fixed === undefined && percent === undefined) return { kind: "prompt" };
  if (indicator === "02" && fixed !== undefined && percent === undefined && isAmount(fixed)) {
    return { kind: "fixed", amount: fixed };
  }
  if (indicator === "03" && percent !== undefined && fixed === undefined && isPercent(percent)) {
    return { kind: "percentage", percent };
  }
  return reject("invalid-tip");
}

function readMerchant(fields: ReadonlyMap<string, string>): Partial<VietQR> {
  const merchantName = fields.get("59");
  const merchantCity = fields.get("60");
  if (merchantName !== undefined && countChars(merchantName) > 25) reject("invalid-merchant-name");
  if (merchantCity !== undefined && countChars(merchantCity) > 15) reject("invalid-merchant-city");
  return { merchantName, merchantCity, postalCode: fields.get("61") };
}

const ADDITIONAL_DATA_KEYS = {
  "01": "billNumber",
  "02": "mobileNumber",
  "03": "storeLabel",
  "04": "loyaltyNumber",
  "05": "referenceLabel",
  "06": "customerLabel",
  "07": "terminalLabel",
  "08": "purpose",
} as const satisfies Record<string, keyof VietQR>;

type AdditionalDataKey = (typeof ADDITIONAL_DATA_KEYS)[keyof typeof ADDITIONAL_DATA_KEYS];

function readAdditionalData(fields: ReadonlyMap<string, string>): Partial<VietQR> {
  const value = fields.get("62");
  if (value === undefined) return {};
  const inner = parseNested(value, "invalid-additional-data");
  const result: Partial<Pick<VietQR, AdditionalDataKey | "additionalConsumerDataRequest">> = {};
  for (const [id, subValue] of inner) {
    if (isAdditionalDataId(id)) {
      if (countChars(subValue) > 25) reject("invalid-additional-data", `trường 62/${id} quá dài`);
      result[ADDITIONAL_DATA_KEYS[id]] = subValue;
    } else if (id === "09") {
      if (!isConsumerDataRequest(subValue)) reject("invalid-additional-data", "trường 62/09");
      result.additionalConsumerDataRequest = subValue;
    }
    // 10–49 are reserved for EMVCo and 50–99 are payment-system templates: allowed, not shown.
  }
  return result;
}

function readNonVietQRInfo(fields: ReadonlyMap<string, string>): NonVietQRInfo {
  const info: NonVietQRInfo = { ...findOtherScheme(fields) };
  const merchantName = fields.get("59");
  const merchantCity = fields.get("60");
  const amount = fields.get("54");
  if (merchantName !== undefined) info.merchantName = merchantName;
  if (merchantCity !== undefined) info.merchantCity = merchantCity;
  if (amount !== undefined && isAmount(amount)) info.amount = amount;
  const currency = fields.get("53");
  const country = fields.get("58");
  if (currency !== undefined) info.currency = currency;
  if (country !== undefined) info.country = country;
  return info;
}

// Ids 02–25 are card networks' own fields; 26–51 are templates whose sub-field 00 names the scheme.
function findOtherScheme(
  fields: ReadonlyMap<string, string>,
): Pick<NonVietQRInfo, "schemeTag" | "schemeGuid"> {
  for (let n = 2; n <= 51; n++) {
    const tag = String(n).padStart(2, "0");
    const value = fields.get(tag);
    if (value === undefined) continue;
    if (n < 26) return { schemeTag: tag };
    const nested = parseTlv(value);
    const guid = nested?.find((field) => field.id === "00")?.value;
    return guid === undefined ? { schemeTag: tag } : { schemeTag: tag, schemeGuid: guid };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// TLV

interface TlvField {
  id: string;
  value: string;
}

/**
 * Splits `text` into id(2 digits) + length(2 digits, 01–99) + value fields that must cover it
 * exactly. Works on code points (see the header). Undefined when the lengths do not add up.
 */
function parseTlv(text: string): TlvField[] | undefined {
  const chars = Array.from(text);
  const fields: TlvField[] = [];
  let index = 0;
  while (index < chars.length) {
    const head = chars.slice(index, index + 4).join("");
    if (!/^\d{4}$/.test(head)) return undefined;
    const length = Number(head.slice(2));
    const end = index + 4 + length;
    if (length === 0 || end > chars.length) return undefined;
    fields.push({ id: head.slice(0, 2), value: chars.slice(index + 4, end).join("") });
    index = end;
  }
  return fields;
}

/** A map of the fields, or the first repeated id. */
function uniqueFields(fields: readonly TlvField[]): Map<string, string> | string {
  const map = new Map<string, string>();
  for (const { id, value } of fields) {
    if (map.has(id)) return id;
    map.set(id, value);
  }
  return map;
}

function parseNested(value: string, code: VietQRErrorCode): ReadonlyMap<string, string> {
  const fields = parseTlv(value);
  if (fields === undefined) reject(code, "độ dài các phần con không khớp");
  const map = uniqueFields(fields);
  if (typeof map === "string") reject(code, `phần con ${map} bị lặp`);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Value rules shared by decoder and encoder

function countChars(text: string): number {
  return Array.from(text).length;
}

function isBin(value: string): boolean {
  return /^\d{6}$/.test(value);
}

// An account number, or for merchants a tax/business code (which may carry a branch suffix
// "-001"); a card number is digits only. At most 19 characters (NAPAS Table 4).
function isAccountOrCard(value: string, service: VietQRService): boolean {
  if (service === "card") return /^\d{1,19}$/.test(value);
  return /^[0-9A-Za-z][0-9A-Za-z-]{0,18}$/.test(value);
}

function isServiceCode(value: string): value is ServiceCode {
  return Object.prototype.hasOwnProperty.call(SERVICE_CODES, value);
}

// NAPAS: digits with an optional ".", not zero, at most 13 characters ("50000." is valid).
function isAmount(value: string): boolean {
  return value.length <= 13 && /^\d+(\.\d*)?$/.test(value) && /[1-9]/.test(value);
}

// EMVCo field 57: "00.01" to "99.99".
function isPercent(value: string): boolean {
  return value.length <= 5 && /^\d{1,2}(\.\d{1,2})?$/.test(value) && /[1-9]/.test(value);
}

function isAdditionalDataId(id: string): id is keyof typeof ADDITIONAL_DATA_KEYS {
  return Object.prototype.hasOwnProperty.call(ADDITIONAL_DATA_KEYS, id);
}

// EMVCo 62/09: up to three distinct letters among A (address), M (mobile), E (email).
function isConsumerDataRequest(value: string): boolean {
  return /^[AME]{1,3}$/.test(value) && new Set(value).size === value.length;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Encoding (the household-business "shop QR maker")

export interface VietQREncodeInput {
  bin: string;
  accountOrCard: string;
  /** Default "account". */
  service?: VietQRService;
  /** Whole đồng. With an amount the QR is dynamic (12), without it static (11). */
  amount?: string | number;
  purpose?: string;
  billNumber?: string;
  merchantName?: string;
  merchantCity?: string;
}

export const VIETQR_ENCODE_ERROR_CODES = [
  "invalid-bin",
  "invalid-account",
  "invalid-service",
  "invalid-amount",
  "amount-over-limit",
  "invalid-purpose",
  "invalid-bill-number",
  "invalid-merchant-name",
  "invalid-merchant-city",
] as const;

export type VietQREncodeErrorCode = (typeof VIETQR_ENCODE_ERROR_CODES)[number];

export interface VietQREncodeError {
  code: VietQREncodeErrorCode;
  message: string;
  /** The input field to highlight. */
  field: keyof VietQREncodeInput;
}

export type VietQREncodeResult =
  | { ok: true; payload: string }
  | { ok: false; error: VietQREncodeError };

const ENCODE_MESSAGES: Record<VietQREncodeErrorCode, string> = {
  "invalid-bin": "Mã ngân hàng (BIN) phải gồm đúng 6 chữ số.",
  "invalid-account":
    "Số tài khoản chỉ gồm chữ số hoặc chữ cái không dấu (tối đa 19 ký tự); số thẻ chỉ gồm chữ số.",
  "invalid-service": "Hãy chọn chuyển vào tài khoản hoặc vào thẻ.",
  "invalid-amount": "Số tiền phải là số nguyên dương (đồng), không có dấu chấm, dấu phẩy hay khoảng trắng.",
  "amount-over-limit": "Số tiền phải dưới 500.000.000 ₫ (hạn mức mỗi giao dịch NAPAS 247).",
  "invalid-purpose":
    "Nội dung chuyển khoản tối đa 25 ký tự, chỉ dùng chữ không dấu, chữ số và dấu câu thông thường.",
  "invalid-bill-number":
    "Số hóa đơn tối đa 25 ký tự, chỉ dùng chữ không dấu, chữ số và dấu câu thông thường.",
  "invalid-merchant-name":
    "Tên cửa hàng tối đa 25 ký tự, chỉ dùng chữ không dấu, chữ số và dấu câu thông thường.",
  "invalid-merchant-city":
    "Tên thành phố tối đa 15 ký tự, chỉ dùng chữ không dấu, chữ số và dấu câu thông thường.",
};

/**
 * Builds a VietQR payload. Text fields must already be plain ASCII (use `toVietQRText` for
 * Vietnamese input) so that every app counts lengths and the CRC the same way. Empty optional
 * fields are left out.
 */
export function encodeVietQR(input: VietQREncodeInput): VietQREncodeResult {
  const problem = validateEncodeInput(input);
  if (problem) return { ok: false, error: problem };
  const service = input.service ?? "account";
  const amount = normaliseAmount(input.amount);
  const beneficiary = tlv("00", input.bin) + tlv("01", input.accountOrCard);
  const serviceCode = service === "card" ? "QRIBFTTC" : "QRIBFTTA";
  const additional = optionalTlv("01", input.billNumber) + optionalTlv("08", input.purpose);
  const body =
    tlv("00", "01") +
    tlv("01", amount === undefined ? "11" : "12") +
    tlv("38", tlv("00", VIETQR_GUID) + tlv("01", beneficiary) + tlv("02", serviceCode)) +
    tlv("53", "704") +
    optionalTlv("54", amount) +
    tlv("58", "VN") +
    optionalTlv("59", input.merchantName) +
    optionalTlv("60", input.merchantCity) +
    optionalTlv("62", additional) +
    "6304";
  return { ok: true, payload: body + crc16CcittFalse(body) };
}

function validateEncodeInput(input: VietQREncodeInput): VietQREncodeError | undefined {
  const fail = (code: VietQREncodeErrorCode, field: keyof VietQREncodeInput): VietQREncodeError => ({
    code,
    message: ENCODE_MESSAGES[code],
    field,
  });
  const service = input.service ?? "account";
  if (typeof input.bin !== "string" || !isBin(input.bin)) return fail("invalid-bin", "bin");
  const aliasOf = findBankByBin(input.bin)?.vietQRBin;
  if (aliasOf !== undefined) {
    return { ...fail("invalid-bin", "bin"), message: `Ngân hàng này nhận VietQR với mã ${aliasOf}.` };
  }
  if (service !== "account" && service !== "card") return fail("invalid-service", "service");
  if (typeof input.accountOrCard !== "string" || !isAccountOrCard(input.accountOrCard, service)) {
    return fail("invalid-account", "accountOrCard");
  }
  const amountProblem = checkEncodeAmount(input.amount);
  if (amountProblem) return fail(amountProblem, "amount");
  if (!isEncodableText(input.purpose, 25)) return fail("invalid-purpose", "purpose");
  if (!isEncodableText(input.billNumber, 25)) return fail("invalid-bill-number", "billNumber");
  if (!isEncodableText(input.merchantName, 25)) return fail("invalid-merchant-name", "merchantName");
  if (!isEncodableText(input.merchantCity, 15)) return fail("invalid-merchant-city", "merchantCity");
  return undefined;
}

function checkEncodeAmount(amount: VietQREncodeInput["amount"]): VietQREncodeErrorCode | undefined {
  const text = normaliseAmount(amount);
  if (text === undefined) return undefined;
  // Đồng has no minor unit and a shop types whole đồng, so only canonical digits are written;
  // numbers like 1.5, -5, NaN or 1e21 turn into text this rejects.
  if (!/^[1-9]\d{0,12}$/.test(text)) return "invalid-amount";
  if (Number(text) >= NAPAS247_AMOUNT_LIMIT) return "amount-over-limit";
  return undefined;
}

function normaliseAmount(amount: unknown): string | undefined {
  if (amount === undefined || amount === "") return undefined;
  // Anything else (from an untyped caller) becomes text the amount rule rejects.
  return typeof amount === "number" || typeof amount === "string" ? String(amount) : "?";
}

// Printable ASCII only: the format counts characters and every bank app must agree on them.
function isEncodableText(value: string | undefined, maxLength: number): boolean {
  if (value === undefined || value === "") return true;
  return typeof value === "string" && value.length <= maxLength && /^[\x20-\x7E]+$/.test(value);
}

function tlv(id: string, value: string): string {
  return id + String(value.length).padStart(2, "0") + value;
}

function optionalTlv(id: string, value: string | undefined): string {
  return value === undefined || value === "" ? "" : tlv(id, value);
}

/**
 * Vietnamese text to the plain ASCII the encoder accepts: "Tiệm Bánh Mì Cô Ba" → "Tiem Banh Mi Co Ba".
 * Removes diacritics (đ/Đ → d/D), drops other non-printable-ASCII characters and squeezes spaces.
 * It does not shorten: the caller shows the length limit instead of silently cutting text.
 */
export function toVietQRText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7E]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Display

/**
 * "50000" → "50.000 ₫", "1234567.5" → "1.234.567,5 ₫" (Vietnamese separators). A string that is
 * not an amount is returned unchanged so a caller never shows a made-up number.
 */
export function formatVnd(amount: string): string {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(amount);
  if (!match) return amount;
  const whole = (match[1] ?? "").replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  return fraction === "" ? `${whole} ₫` : `${whole},${fraction} ₫`;
}
