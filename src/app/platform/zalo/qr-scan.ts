import { chooseImageWithInput } from "./file-picker";
import { callSdk, fieldOf, inZaloElseBrowser, INTERACTIVE_TIMEOUT_MS, isKind } from "./sdk";

export type ScanQrResult = { kind: "text"; text: string } | { kind: "image"; file: File } | { kind: "cancelled" };

async function scanInZalo(): Promise<ScanQrResult> {
  try {
    const result = await callSdk("scanQRCode", (sdk) => sdk.scanQRCode(), { timeoutMs: INTERACTIVE_TIMEOUT_MS });
    // Closing the scanner gives no text.
    const text = fieldOf(result, "content");
    return typeof text === "string" && text !== "" ? { kind: "text", text } : { kind: "cancelled" };
  } catch (error) {
    if (isKind(error, "cancelled")) return { kind: "cancelled" };
    throw error;
  }
}

/**
 * Reads a QR code: Zalo's scanner gives the decoded text; a browser can only give a photo (taken
 * with the rear camera), which the caller decodes.
 */
export function scanQR(): Promise<ScanQrResult> {
  return inZaloElseBrowser(scanInZalo, async (): Promise<ScanQrResult> => {
    const file = await chooseImageWithInput({ rearCamera: true });
    return file === null ? { kind: "cancelled" } : { kind: "image", file };
  });
}
