export const MAX_LONG_SIDE = 1600;
export const TARGET_BYTES = 300_000;

/** Width and height scaled so the long side is at most `max` (never enlarged). */
export function fitWithin(width: number, height: number, max: number = MAX_LONG_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Tries JPEG qualities from good to plain, then smaller sizes, until the picture fits the budget:
 * a photo from a 13 MP camera is 3–5 MB, too much for a weak signal and a phone's storage.
 * `encode(scale, quality)` draws at that fraction of the fitted size. Returns the last try if none fits.
 */
export async function shrinkToBudget(encode: (scale: number, quality: number) => Promise<Blob>, budget: number = TARGET_BYTES): Promise<Blob> {
  let last: Blob | null = null;
  for (const scale of [1, 0.75, 0.5]) {
    for (const quality of [0.82, 0.7, 0.55]) {
      last = await encode(scale, quality);
      if (last.size <= budget) return last;
    }
  }
  if (!last) throw new Error("nothing was encoded");
  return last;
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  // createImageBitmap applies the photo's EXIF rotation (the default since Chrome 81).
  if (typeof createImageBitmap === "function") {
    const bitmap = await createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  await image.decode();
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, close: () => URL.revokeObjectURL(url) };
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded"))), "image/jpeg", quality));
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the picture could not be read"));
    reader.readAsDataURL(blob);
  });
}

/** A chosen photo, shrunk on the phone to ≤ 1600 px and about 300 kB of JPEG, as a data: URL. */
export async function resizePhoto(file: Blob): Promise<string> {
  const image = await decode(file);
  try {
    const fitted = fitWithin(image.width, image.height);
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas here");
    const blob = await shrinkToBudget((scale, quality) => {
      canvas.width = Math.max(1, Math.round(fitted.width * scale));
      canvas.height = Math.max(1, Math.round(fitted.height * scale));
      // JPEG has no transparency: a white ground instead of black for PNG screenshots.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image.source, 0, 0, canvas.width, canvas.height);
      return toJpeg(canvas, quality);
    });
    return await toDataUrl(blob);
  } finally {
    image.close();
  }
}
