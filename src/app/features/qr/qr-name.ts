import { toVietQRText } from "../../../shared/vietqr";

/** NAPAS caps the name in a VietQR (field 59) at 25 characters. */
export const QR_NAME_MAX = 25;

/**
 * The name as the code can carry it: without diacritics, at most 25 characters, cut at a word
 * boundary where one exists so the card never shows half a word ("Tap hoa Co Ba Huong").
 */
export function toQrName(name: string): string {
  const plain = toVietQRText(name);
  if (plain.length <= QR_NAME_MAX) return plain;
  const cut = plain.slice(0, QR_NAME_MAX + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : plain.slice(0, QR_NAME_MAX)).trim();
}

/** The holder's name as bank apps show it: upper case, without diacritics ("NGUYEN THI BA"). */
export function toBankHolderName(name: string): string {
  return toVietQRText(name).toUpperCase();
}
