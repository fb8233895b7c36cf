import type { Attachment } from "../../../shared/schemas/announcement";
import { http } from "../../lib/http";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { readValue, removeValue, writeValue } from "../../lib/device-store/store";

// Pictures of the announcements a resident opened are kept on the phone, so that the notice opened
// again on the bus shows them. Zalo's native storage holds 5 MB and silently drops its oldest
// entries beyond that (taking saved guides and announcements with them), so the pictures keep to a
// budget of their own: only small ones, and a total that leaves most of the 5 MB to the text.
/** Larger pictures (and every PDF) are fetched only when there is a signal. */
export const MAX_KEPT_FILE_BYTES = 200 * 1024;
/** All kept pictures together, counted as the file's bytes (stored as base64, a third more). */
export const MAX_KEPT_TOTAL_BYTES = 1024 * 1024;

/** One kept picture: its URL (ids never change, so neither do the bytes), size, and last use. */
export type KeptPicture = { url: string; bytes: number; usedAt: string };

export const keepsOffline = (file: Attachment): boolean =>
  file.mediaType.startsWith("image/") && file.byteSize <= MAX_KEPT_FILE_BYTES;

/**
 * The index after `picture` is kept (or used again): newest first, and the least recently used
 * dropped until the total fits. `dropped` are the URLs whose bytes must be removed.
 */
export function planKeep(index: KeptPicture[], picture: KeptPicture): { index: KeptPicture[]; dropped: string[] } {
  if (picture.bytes > MAX_KEPT_FILE_BYTES) return { index, dropped: [] };
  const next = [picture, ...index.filter((p) => p.url !== picture.url)];
  const dropped: string[] = [];
  let total = next.reduce((sum, p) => sum + p.bytes, 0);
  while (total > MAX_KEPT_TOTAL_BYTES) {
    const oldest = next.pop();
    if (!oldest) break;
    total -= oldest.bytes;
    dropped.push(oldest.url);
  }
  return { index: next, dropped };
}

async function readIndex(): Promise<KeptPicture[]> {
  return (await readValue(DEVICE_KEYS.pictureIndex)) ?? [];
}

/** The kept picture as a data URL, or null. */
export async function keptPicture(url: string): Promise<string | null> {
  return readValue(DEVICE_KEYS.picture, url);
}

function toDataUrl(bytes: Uint8Array, mediaType: string): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${mediaType};base64,${btoa(binary)}`;
}

// One write after another: two pictures saved together must not drop each other from the index.
let writes: Promise<unknown> = Promise.resolve();

/** Keeps a small picture on the phone (fetched once; used again it only moves to the front). */
export function keepPicture(file: Attachment, now: Date = new Date()): Promise<void> {
  if (!keepsOffline(file)) return Promise.resolve();
  const write = writes.then(async () => {
    const index = await readIndex();
    const known = index.some((p) => p.url === file.url) && (await keptPicture(file.url)) !== null;
    let bytes = file.byteSize;
    if (!known) {
      // Usually from the browser's cache: the picture was just shown.
      const response = await http.get<ArrayBuffer>(file.url, { responseType: "arraybuffer", headers: { Accept: "image/*" } });
      const mediaType = String(response.headers["content-type"] ?? "").split(";")[0] ?? "";
      const body = new Uint8Array(response.data);
      if (!mediaType.startsWith("image/") || body.length > MAX_KEPT_FILE_BYTES) return;
      bytes = body.length;
      await writeValue(DEVICE_KEYS.picture, toDataUrl(body, mediaType), file.url);
    }
    const plan = planKeep(index, { url: file.url, bytes, usedAt: now.toISOString() });
    await Promise.all(plan.dropped.map((url) => removeValue(DEVICE_KEYS.picture, url)));
    await writeValue(DEVICE_KEYS.pictureIndex, plan.index);
  });
  writes = write.catch(() => undefined);
  return write;
}
