import type { Page } from "playwright-core";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import { announcementEndpoints as ep } from "../../src/shared/api/announcements";
import { addStaff } from "../../src/server/services/staff-accounts";
import { as, signIn } from "../api/staff-session";
import { screenshot } from "./browser";
import { barsCoverContent, clippedText, smallTargets } from "./layout-checks";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
const CLERK = { login: "can-bo-thong-bao", password: "mat-khau-thong-bao-2026" };
const TITLE = "Lịch thu gom rác mới từ 15/12/2026";

beforeEach(async () => {
  page = session.page;
  await page.setViewportSize({ width: 360, height: 740 });
});

/** A multipart body as the console sends it. */
function multipart(fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[]) {
  const boundary = "----cds-offline-pictures";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
/** A poster (flat colours: a small JPEG) and a camera photo (noise: too large to keep offline). */
const poster = () => sharp({ create: { width: 800, height: 500, channels: 3, background: "#1f6f4a" } }).jpeg().toBuffer();
const noisyPhoto = () =>
  sharp(Buffer.from(Array.from({ length: 500 * 375 * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width: 500, height: 375, channels: 3 } })
    .resize(2000, 1500, { kernel: "nearest" })
    .jpeg({ quality: 90 })
    .toBuffer();
const pdf = () => Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\n"), Buffer.alloc(300_000, 0x20), Buffer.from("\ntrailer << >>\n%%EOF\n")]);

let published: ManagedAnnouncement;
beforeAll(async () => {
  await addStaff(session.server.db, { login: CLERK.login, name: "Chị Mai (thông báo)", role: "editor", wards: ["hoa-cuong"], password: CLERK.password });
  const clerk = await signIn(session.server.app, CLERK.login, CLERK.password);
  const W = "/api/v1/wards/hoa-cuong";
  const draft = (await as(session.server.app, clerk, { method: "POST", url: `${W}/announcements`, payload: { title: TITLE, body: "Xe thu gom rác đi qua **19 giờ** mỗi ngày.", category: "notice" } })).json<ManagedAnnouncement>();
  const withFiles = await as(session.server.app, clerk, {
    method: "POST",
    url: `/api/v1${ep.addFiles.url({ ward: "hoa-cuong", id: draft.id })}`,
    ...multipart({ version: String(draft.version) }, [
      { name: "Áp phích thu gom rác.jpg", type: "image/jpeg", bytes: await poster() },
      { name: "Ảnh tuyến đường.jpg", type: "image/jpeg", bytes: await noisyPhoto() },
      { name: "Quyết định 45.pdf", type: "application/pdf", bytes: pdf() },
    ]),
  });
  expect(withFiles.statusCode, withFiles.body).toBe(200);
  const a = withFiles.json<ManagedAnnouncement>();
  const res = await as(session.server.app, clerk, { method: "POST", url: `${W}/announcements/${a.id}/publish`, payload: { version: a.version } });
  expect(res.statusCode, res.body).toBe(200);
  published = res.json<ManagedAnnouncement>();
  const [small, large] = published.attachments;
  // The fixture must straddle the 200 kB limit, or the test proves nothing.
  expect(small!.byteSize).toBeLessThan(200 * 1024);
  expect(large!.byteSize).toBeGreaterThan(200 * 1024);
}, 120_000);

const keptPictures = (p: Page) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cds:picture:")));

describe("offline: pictures of an announcement the phone has opened", () => {
  it("opened once with signal, the small picture shows again without signal; the large one and the PDF say Cần mạng để tải with their size", { timeout: 180_000 }, async () => {
    const [small, large, file] = published.attachments;
    await page.goto(`${session.base}/announcements`);
    await page.getByRole("heading", { level: 3, name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("img", { name: small!.name }).waitFor();
    await expect.poll(() => keptPictures(page), { timeout: 20_000 }).toEqual([`cds:picture:${small!.url}`]);
    await page.getByRole("button", { name: "Quay lại" }).last().click();
    await page.getByRole("heading", { level: 3, name: TITLE }).waitFor();

    // No signal, and no way for the bytes to come from anywhere but the phone's storage.
    await session.context.setOffline(true);
    await page.route("**/files/**", (route) => route.abort("internetdisconnected"));
    await page.getByRole("heading", { level: 3, name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const picture = page.getByRole("img", { name: small!.name });
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(small!.width);
    await expect(picture.getAttribute("src")).resolves.toMatch(/^data:image\/jpeg;base64,/);
    await page.getByRole("img", { name: `${large!.name}: Cần mạng để tải` }).scrollIntoViewIfNeeded();
    await page.locator(".announcement-image-missing").getByText(/^Ảnh · \d+ kB$/).waitFor();
    await page.getByRole("link", { name: new RegExp(`${file!.name}.*PDF · \\d+ kB.*Cần mạng để tải`) }).waitFor();
    expect(await clippedText(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await barsCoverContent(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "offline-announcement-pictures");
    await page.unroute("**/files/**");
    await session.context.setOffline(false);
  });
});
