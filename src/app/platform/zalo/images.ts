import { followLink } from "./browser-links";
import { chooseImageWithInput } from "./file-picker";
import { callSdk, inZaloElseBrowser } from "./sdk";

/**
 * Saves a PNG (a data: URL) where the user keeps pictures: the phone's gallery inside Zalo, a
 * download outside. Saving can take a while on a slow phone, hence the longer timeout.
 */
export async function saveImage(dataUrl: string, fileName: string): Promise<void> {
  if (!dataUrl.startsWith("data:image/")) throw new RangeError("saveImage needs a data:image/… URL");
  await inZaloElseBrowser(
    () => callSdk("saveImageToGallery", (sdk) => sdk.saveImageToGallery({ imageBase64Data: dataUrl }), { timeoutMs: 30_000 }),
    () => {
      followLink(dataUrl, fileName);
    },
  );
}

/**
 * One image from the camera or gallery, or null when the user picks nothing.
 *
 * A file input both inside and outside Zalo. zmp-sdk 2.51's `chooseImage` is itself a hidden file
 * input (apis/chooseImage.js) that returns blob: URLs instead of the File, never settles when the
 * user cancels (it listens for `change` only) and defaults to the front camera; ours returns the
 * File and reports cancelling. That it is the SDK's own method also shows file inputs work in
 * Zalo's webview.
 */
export function pickImage(): Promise<File | null> {
  return chooseImageWithInput();
}
