import type { FastifyInstance } from "fastify";
import sharp from "sharp";
import type { RequestCreated } from "../../src/shared/schemas/requests";

/** A photo as a phone takes it: JPEG with its GPS position in EXIF. */
export async function photoWithGps(width = 1200, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 160, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "16/1 3/1 4/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 13/1 12/1" } })
    .toBuffer();
}

let counter = 0;
export const clientId = () => `client-${Date.now().toString(36)}-${++counter}`;

/** A multipart body the way the app's upload sends it (FormData serialised by the platform). */
export async function multipart(request: unknown, photos: { bytes: Buffer; name: string; type?: string }[] = []) {
  const form = new FormData();
  if (request !== undefined) form.append("request", typeof request === "string" ? request : JSON.stringify(request));
  for (const p of photos) form.append("photo", new Blob([new Uint8Array(p.bytes)], { type: p.type ?? "image/jpeg" }), p.name);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { "content-type": encoded.headers.get("content-type") ?? "" } };
}

/** POST a request from `address` (each test its own, so per-address limits stay apart). */
export async function send(app: FastifyInstance, ward: string, request: unknown, photos: { bytes: Buffer; name: string; type?: string }[] = [], address = "10.0.0.1") {
  const body = await multipart(request, photos);
  const res = await app.inject({ method: "POST", url: `/api/v1/wards/${ward}/requests`, remoteAddress: address, ...body });
  return { status: res.statusCode, body: res.json<RequestCreated & { message?: string; code: string }>() };
}
