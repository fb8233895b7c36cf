import exifReader from "exif-reader";
import sharp from "sharp";
import { checkedImage, checkedImageOrPdf, checkedPdf, safeFileName } from "./uploads";
import { ApiError } from "./api-error";

/** A photo as a phone takes it: JPEG with the place it was taken in its EXIF. */
async function photoWithGps(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestPhone", Copyright: "Nguyen Van A" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "16/1 3/1 4/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 13/1 12/1" } })
    .toBuffer();
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
};

describe("checkedImage", () => {
  it("drops EXIF, GPS included, and shrinks the longer side to the limit", async () => {
    const original = await photoWithGps();
    expect(exifReader((await sharp(original).metadata()).exif!).GPSInfo?.GPSLatitude).toEqual([16, 3, 4]);
    const stored = await checkedImage(original, "IMG_0001.jpg", 1600);
    const meta = await sharp(stored.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.data.includes("TestPhone")).toBe(false);
    expect([meta.width, meta.height, stored.width, stored.height]).toEqual([1600, 1067, 1600, 1067]);
    expect(stored.mediaType).toBe("image/jpeg");
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("believes the bytes, not the name: a PNG called .jpg stays a PNG", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#00ff0080" } }).png().toBuffer();
    const stored = await checkedImage(png, "poster.jpg", 1600);
    expect(stored.mediaType).toBe("image/png");
    expect([stored.width, stored.height]).toEqual([40, 30]);
  });

  it("refuses text dressed as a picture with 415, and a cut-off JPEG with 422", async () => {
    expect((await refusal(checkedImage(Buffer.from("<script>alert(1)</script>"), "a.jpg", 1600))).statusCode).toBe(415);
    const photo = await photoWithGps(400, 300);
    expect((await refusal(checkedImage(photo.subarray(0, 600), "cut.jpg", 1600))).statusCode).toBe(422);
  });

  it("refuses a file over 5 MB with 413 before decoding it", async () => {
    const big = Buffer.concat([await photoWithGps(100, 100), Buffer.alloc(5 * 1024 * 1024)]);
    const error = await refusal(checkedImage(big, "big.jpg", 1600));
    expect(error.statusCode).toBe(413);
    expect(error.message).toContain("5 MB");
  });
});

describe("checkedPdf and checkedImageOrPdf", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

  it("keeps a PDF byte for byte and refuses one that is not", async () => {
    const stored = await checkedPdf(pdf, "Quyết định 12.pdf");
    expect(stored.data.equals(pdf)).toBe(true);
    expect(stored.name).toBe("Quyết định 12.pdf");
    expect((await refusal(checkedPdf(Buffer.from("MZ\u0090\u0000 not a pdf"), "virus.pdf"))).statusCode).toBe(415);
    expect((await refusal(checkedPdf(Buffer.from("%PDF-1.4 but cut off"), "cut.pdf"))).statusCode).toBe(415);
  });

  it("sends each file to its own check by its bytes", async () => {
    expect((await checkedImageOrPdf(pdf, "a.png", 2000)).mediaType).toBe("application/pdf");
    expect((await checkedImageOrPdf(await photoWithGps(50, 50), "a.pdf", 2000)).mediaType).toBe("image/jpeg");
    expect((await refusal(checkedImageOrPdf(Buffer.from("PK\u0003\u0004zip"), "a.docx", 2000))).statusCode).toBe(415);
  });
});

describe("safeFileName", () => {
  it("keeps a readable name and drops folders, control characters and decomposed accents", () => {
    expect(safeFileName("C:\\Users\\clerk\\Thông báo.pdf", "x")).toBe("Thông báo.pdf");
    expect(safeFileName("../../etc/passwd", "x")).toBe("passwd");
    expect(safeFileName("Tho\u0302ng ba\u0301o.pdf", "x")).toBe("Thông báo.pdf");
    expect(safeFileName("..", "tep.pdf")).toBe("tep.pdf");
  });
});
