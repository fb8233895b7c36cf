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
  it("shows what a pasted VietQR says, and never sends it to the server", async () => {
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
    // The holder's name is what customers compare: the maker asks for it before making a card.
    await page.getByRole("button", { name: "Tạo mã QR" }).click();
    await page.getByText("Hãy nhập tên chủ tài khoản").waitFor();
    await page.getByLabel("Tên chủ tài khoản").fill("Nguyễn Thị Ba");
    await page.getByRole("button", { name: "Tạo mã QR" }).click();
    await page.getByRole("img", { name: /Mã QR chuyển khoản cho Tạp hóa Cô Ba/ }).waitFor();
    const contents = page.locator(".qr-contents");
    await expect(contents.innerText()).resolves.toContain("Tap hoa Co Ba");
    await expect(contents.innerText()).resolves.toContain("NGUYEN THI BA");
    await screenshot(page, "qr-shop-card");
    await session.expectAccessible(page.url());

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lưu ảnh" }).click()]);
    // The success message shows its text with a drawn icon, never the icon font's name.
    const toast = page.locator(".zaui-snackbar").filter({ hasText: "Đã tải ảnh xuống." });
    await toast.waitFor();
    await expect(toast.innerText()).resolves.not.toMatch(/zi[_-]/);
    await expect(toast.locator("svg").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "qr-shop-saved-toast");
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

  it("never calls a scammer's code safe: the name in it is unverified, the bank app's name is the check", async () => {
    // The case: MB Bank 9999888877 with a shop's name typed into the code by whoever made it.
    const scam = encodeVietQR({ bin: "970422", accountOrCard: "9999888877", merchantName: "Tap hoa Co Ba" });
    if (!scam.ok) throw new Error(scam.error.message);
    await page.goto(`${base}/qr-payment/check`);
    await page.getByLabel("Hoặc dán nội dung mã").fill(scam.payload);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const verdict = page.locator(".verdict");
    await verdict.getByText("9999888877").waitFor();
    const text = await verdict.innerText();
    expect(text).toContain("Tap hoa Co Ba");
    expect(text).toContain("ngân hàng chưa xác nhận");
    expect(text).toContain("Trước khi bấm xác nhận, đọc tên người nhận mà ứng dụng hiện ra");
    expect(text).not.toMatch(/Tiền sẽ chuyển vào|Tên người nhận:|an toàn/i);
    // No success state: no green heading, no "ok" class, no check-mark verdict.
    const headingColour = await verdict.locator("h2").evaluate((h) => getComputedStyle(h).color);
    expect(headingColour).not.toBe("rgb(27, 110, 45)");
    await expect(page.locator(".verdict-ok").count()).resolves.toBe(0);
    await verdict.locator(".safe-step").scrollIntoViewIfNeeded();
    await screenshot(page, "qr-check-scam");
  });

  it("explains an e-wallet code instead of condemning it", async () => {
    // MoMo's and VNPAY's own payloads (published with vietnam-qr-pay).
    const momo = "00020101021138620010A000000727013200069710250118PSP1234567890000000208QRIBFTTA53037045802VN62190515MOMOW2W123456786304821F";
    const vnpay = "00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685";
    await page.goto(`${base}/qr-payment/check`);
    for (const [payload, wallet] of [
      [momo, "Mã của ví MoMo: mở bằng ứng dụng MoMo để xem người nhận"],
      [vnpay, "Mã thanh toán VNPAY: mở bằng ứng dụng ngân hàng có mục quét VNPAY-QR để xem người nhận"],
    ] as const) {
      await page.getByLabel("Hoặc dán nội dung mã").fill(payload);
      await page.getByRole("button", { name: "Kiểm tra" }).click();
      const verdict = page.locator(".verdict");
      await verdict.getByText(wallet).waitFor();
      const text = await verdict.innerText();
      expect(text).not.toContain("Đừng chuyển tiền");
      await expect(page.locator(".verdict-bad").count()).resolves.toBe(0);
      await expect(page.getByRole("alert").count()).resolves.toBe(0);
    }
    await screenshot(page, "qr-check-wallet");
    await session.expectAccessible(page.url());
  });

  it("says plainly when the input is not a VietQR at all", async () => {
    await page.goto(`${base}/qr-payment/check`);
    await page.getByLabel("Hoặc dán nội dung mã").fill("https://example.com/khuyen-mai");
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await page.getByRole("alert").first().waitFor();
    await expect(page.locator(".verdict-bad").count()).resolves.toBe(1);
  });
});
