// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
// This is the checksum EMVCo and NAPAS (VietQR field 63) call "ISO/IEC 13239, 0x1021, 0xFFFF".
// Check value: "123456789" → 29B1.
//
// Pure and dependency-free so the mini app and the server compute the same thing.

const POLYNOMIAL = 0x1021;
const INITIAL = 0xffff;

/** CRC over raw bytes, as 4 upper-case hex digits. */
export function crc16CcittFalseBytes(bytes: ArrayLike<number>): string {
  let crc = INITIAL;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= ((bytes[i] ?? 0) & 0xff) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ POLYNOMIAL) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * CRC over the UTF-8 bytes of `text`, as 4 upper-case hex digits.
 *
 * Why UTF-8: a QR code carries bytes, and payloads with Vietnamese letters (seen in wallet QRs,
 * e.g. a name "Lê Anh Tú") are checked by real apps over their UTF-8 bytes. For pure ASCII —
 * the normal VietQR case — this is the same as one byte per character.
 */
export function crc16CcittFalse(text: string): string {
  return crc16CcittFalseBytes(utf8Encode(text));
}

// Own UTF-8 encoder rather than TextEncoder so this file needs no runtime globals at all.
// Lone surrogates become U+FFFD (EF BF BD), exactly as TextEncoder does, so the result is
// defined for every JS string; the VietQR decoder rejects such strings before it gets here.
function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
    }
  }
  return out;
}
