import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { findBankByBin } from "../../src/shared/banks";
import { encodeVietQR } from "../../src/shared/vietqr";
import { SCREENSHOT_DIR, screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession({ acceptDownloads: true });
let page: Page;
let base = "";
// Every request the page makes to our API: the QR payload must never be among them.
const apiCalls: string[] = [];
beforeEach(() => {
  page = session.page;
  base = session.base;
  apiCalls.length = 0;
  page.on("request", (request) => {
    if (request.url().includes("/api/")) apiCalls.push(`${request.method()} ${request.url()}`);
  });
});

const VCB = "970436";

describe("QR payment at phone size", () => {
  it("shows whom a pasted VietQR pays, and never sends it to the server", async () => {
    const encoded = encodeVietQR({ bin: VCB, accountOrCard: "0011001234567", amount: "150000", purpose: "Tien hang", merchantName: "TAP HOA CO BA" });
    if (!encoded.ok) throw new Error(encoded.error.message);
    await page.goto(`${base}/qr-payment/check`);
    await page.getByLabel("Hoặc dán nội dung mã").fill(encoded.payload);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const verdict = page.locator(".verdict");
    await verdict.getByText("0011001234567").waitFor();
    await expect(verdict.innerText()).resolves.toContain(findBankByBin(VCB)?.name ?? "missing bank");
    await expect(verdict.innerText()).resolves.toContain("150.000");
    await expect(verdict.innerText()).resolves.toContain("TAP HOA CO BA");
    await screenshot(page, "qr-check-ok");
    await session.expectAccessible(page.url());
    expect(apiCalls.filter((c) => c.includes(encodeURIComponent(encoded.payload).slice(0, 20)) || c.startsWith("POST"))).toEqual([]);

    // One character changed: the CRC no longer matches.
    const altered = encoded.payload.replace("0011001234567", "0011001234568");
    await page.getByLabel("Hoặc dán nội dung mã").fill(altered);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByText("Mã QR không dùng được").waitFor();
    await screenshot(page, "qr-check-altered");
  });

  it("makes a shop QR, saves it, and the checker reads the same account back from the picture", async () => {
    await page.goto(`${base}/qr-payment/shop`);
    await page.getByRole("searchbox").fill("vietcom");
    await page.getByRole("button", { name: /Vietcombank/ }).first().click();
    await page.getByLabel("Số tài khoản").fill("12ab34 5678 90");
    await expect(page.getByLabel("Số tài khoản").inputValue()).resolves.toBe("1234567890");
    await page.getByLabel("Tên cửa hàng").fill("Tạp hóa Cô Ba");
    await page.getByRole("button", { name: "Tạo mã QR" }).click();
    await page.getByRole("img", { name: /Mã QR chuyển khoản cho Tạp hóa Cô Ba/ }).waitFor();
    await screenshot(page, "qr-shop-card");
    await session.expectAccessible(page.url());

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lưu ảnh" }).click()]);
    const file = await download.path();
    await download.saveAs(`${SCREENSHOT_DIR}qr-shop-card-saved.png`);
    expect(download.suggestedFilename()).toBe("ma-qr-1234567890.png");

    await page.goto(`${base}/qr-payment/check`);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Chọn ảnh có mã QR" }).click()]);
    await chooser.setFiles(file);
    const verdict = page.locator(".verdict");
    await verdict.getByText("1234567890").waitFor();
    // VietQR carries names in plain ASCII: the shop name comes back without its diacritics.
    await expect(verdict.innerText()).resolves.toContain("Tap hoa Co Ba");
    await screenshot(page, "qr-check-from-image");
  });

  it("says plainly when the input is not a VietQR at all", async () => {
    await page.goto(`${base}/qr-payment/check`);
    await page.getByLabel("Hoặc dán nội dung mã").fill("https://example.com/khuyen-mai");
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByRole("alert").first().waitFor();
    await expect(page.locator(".verdict-bad").count()).resolves.toBe(1);
  });
});
