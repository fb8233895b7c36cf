import jsQR from "jsqr";

// Phone photos are 12+ megapixels; QR finding works as well on a smaller copy and much faster.
const MAX_SIDE = 1600;

/** Reads the QR code in a photo or screenshot, on the device. Null when the picture has none. */
export async function decodeQrImage(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    // Printed stickers are dark on light, but screenshots of dark-mode apps are inverted.
    return jsQR(data, width, height, { inversionAttempts: "attemptBoth" })?.data ?? null;
  } finally {
    bitmap.close();
  }
}
