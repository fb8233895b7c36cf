import type { Page } from "playwright-core";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { addStaff } from "../../src/server/services/staff-accounts";
import { appHasTakenOver, SCREENSHOT_DIR } from "./browser";
import { useBrowserSession } from "./session";

// Issue 19 end to end: a clerk at an office desktop, residents of two tổ on their phones.
const session = useBrowserSession();
const CLERK = { login: "van-thu-19", password: "mat-khau-van-thu-2026" };
const TITLE = "Họp tổ dân phố 1 tối thứ Sáu";

beforeAll(async () => {
  await addStaff(session.server.db, { login: CLERK.login, name: "Chị Hoa (văn thư)", role: "editor", wards: ["hoa-cuong"], password: CLERK.password });
});

async function clerkPage(locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await session.newContext({ viewport: { width: 1366, height: 768 }, locale, timezoneId: locale === "en-US" ? "America/New_York" : "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.base}/console/`);
  await page.getByLabel("Tên đăng nhập").fill(CLERK.login);
  await page.getByLabel("Mật khẩu").fill(CLERK.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("heading", { name: "Thông báo" }).waitFor();
  return { page, errors };
}

async function residentPage(area: string): Promise<Page> {
  const context = await session.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", bypassCSP: true });
  await context.addInitScript((a) => window.localStorage.setItem("cds:my-area", JSON.stringify(a)), area);
  const page = await context.newPage();
  await page.goto(`${session.base}/announcements`);
  return page;
}

const confirm = async (page: Page, effect: string, button: string) => {
  const dialog = page.getByRole("dialog");
  await dialog.getByText(effect).waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}announcement-confirm-${button.replace(/\s+/g, "-")}.png` });
  await dialog.getByRole("button", { name: button }).click();
};

describe("announcement editor (issue 19)", () => {
  it.each(["en-US", "vi-VN"])("the date boxes read dd/mm/yyyy and 24 h on a %s browser", async (locale) => {
    const { page, errors } = await clerkPage(locale);
    await page.getByRole("button", { name: "Soạn thông báo mới" }).click();
    const date = page.locator("#publish-at-date");
    expect(await date.getAttribute("placeholder")).toBe("dd/mm/yyyy");
    expect(await date.getAttribute("type")).not.toBe("date");
    await date.fill("05122026");
    expect(await date.inputValue()).toBe("05/12/2026");
    await page.locator("#publish-at-time").fill("1430");
    expect(await page.locator("#publish-at-time").inputValue()).toBe("14:30");
    await date.fill("31/02/2026");
    await date.blur();
    await page.getByRole("alert").filter({ hasText: "không có thật" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}announcement-dates-${locale}.png` });
    expect(errors).toEqual([]);
  });

  it("a clerk writes a notice for one tổ with a photo and a PDF, schedules it, revises it, withdraws and undoes; residents see it in the right place", async () => {
    const { page, errors } = await clerkPage("en-US");
    await page.getByRole("button", { name: "Soạn thông báo mới" }).click();
    await page.getByLabel("Tiêu đề").fill(TITLE);
    await page.getByLabel(/Nội dung/).fill("Mời các hộ dự họp.\n\n| Giờ | Việc | Nơi | Người phụ trách | Ghi chú |\n|---|---|---|---|---|\n| 19:00 | Điểm danh | Nhà văn hóa tổ 1 | Tổ trưởng Nguyễn Văn Bình | Mang theo căn cước |\n| 19:30 | Bàn việc vệ sinh | Nhà văn hóa tổ 1 | Tổ phó | Cả hộ |");
    await page.getByLabel("Một số tổ dân phố").check();
    const firstArea = page.getByRole("group", { name: "Chọn tổ dân phố" }).getByRole("checkbox").first();
    expect(await firstArea.isChecked()).toBe(true);
    await page.getByText(/Đã tự lưu lúc/).waitFor();

    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#2e7d32" } }).jpeg().toBuffer();
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\n"), Buffer.alloc(120_000, 0x20), Buffer.from("\n%%EOF\n")]);
    await page.getByLabel(/Ảnh \(tối đa 6\)/).setInputFiles([
      { name: "so-do-nha-van-hoa.jpg", mimeType: "image/jpeg", buffer: photo },
      { name: "Giấy mời họp tổ 1.pdf", mimeType: "application/pdf", buffer: pdf },
    ]);
    await page.getByText("Đã thêm tệp.").waitFor();
    const phone = page.getByTestId("phone-preview");
    await phone.locator("img").waitFor();
    expect((await phone.evaluate((el) => el.clientWidth))).toBe(390);
    await phone.getByText("PDF · ").waitFor();
    await phone.locator("table").waitFor();
    await phone.getByText("UBND phường Hòa Cường").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}announcement-editor-top.png` });
    await phone.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}announcement-editor-phone-preview.png` });

    // Schedule a minute ahead, then let the minute pass (the database clock, not a sleep).
    const inTwoMinutes = new Date(Date.now() + 2 * 60_000);
    const ward = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false }).formatToParts(inTwoMinutes);
    const part = (t: string) => ward.find((p) => p.type === t)?.value ?? "";
    await page.locator("#publish-at-date").fill(`${part("day")}/${part("month")}/${part("year")}`);
    await page.locator("#publish-at-time").fill(`${part("hour")}:${part("minute")}`);
    await page.getByRole("button", { name: "Hẹn giờ đăng" }).click();
    await confirm(page, "Người dân sẽ thấy từ", "Hẹn giờ đăng");
    await page.getByText(/Đã hẹn giờ đăng lúc/).waitFor();
    await session.server.db.query("update announcements set publish_at = now() - interval '1 minute' where title = $1", [TITLE]);

    // Edit the published text: it waits as a revision until "Đăng bản sửa".
    await page.getByRole("button", { name: "Quay lại danh sách" }).click();
    await page.getByRole("button", { name: TITLE }).click();
    await page.getByText("Thông báo đang hiện cho người dân").waitFor();
    await page.getByLabel(/Nội dung/).fill("Mời các hộ dự họp. **Đổi giờ: 19:30.**\n\n| Giờ | Việc |\n|---|---|\n| 19:30 | Điểm danh |");
    await page.getByRole("button", { name: "Đăng bản sửa" }).waitFor();
    const before = await session.api<{ items: { id: number; title: string }[] }>("/wards/hoa-cuong/announcements?area=htt-1");
    const id = before.items.find((a) => a.title === TITLE)?.id ?? 0;
    expect((await session.api<{ body: string }>(`/wards/hoa-cuong/announcements/${id}`)).body).not.toContain("Đổi giờ");
    await page.getByRole("button", { name: "Đăng bản sửa" }).click();
    await confirm(page, "Người dân sẽ thấy ngay bản sửa", "Đăng bản sửa");
    await page.getByText("Đã đăng bản sửa.").waitFor();
    expect((await session.api<{ body: string }>(`/wards/hoa-cuong/announcements/${id}`)).body).toContain("Đổi giờ");

    // Withdraw, then undo from the toast.
    await page.getByRole("button", { name: "Gỡ thông báo" }).click();
    await confirm(page, "Người dân sẽ không còn thấy thông báo này", "Gỡ thông báo");
    await page.getByRole("button", { name: "Hoàn tác" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}announcement-undo-toast.png` });
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText("Đã hoàn tác").waitFor();
    expect(errors).toEqual([]);

    // The resident of tổ 1 sees it first and marked; the detail shows the update, the picture and the file size.
    const mine = await residentPage("htt-1");
    const firstCard = mine.locator(".announcement-card").first();
    await firstCard.getByRole("heading", { name: TITLE }).waitFor();
    await firstCard.getByText("Cho tổ của bạn").waitFor();
    await mine.screenshot({ path: `${SCREENSHOT_DIR}announcement-resident-own-area.png` });
    await firstCard.click();
    await mine.getByText(/Đã cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/).waitFor();
    await mine.getByText(/PDF · 11\d kB/).waitFor();
    await mine.locator(".announcement-image").waitFor();
    await mine.getByText("UBND phường Hòa Cường").waitFor();
    expect(await mine.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await mine.screenshot({ path: `${SCREENSHOT_DIR}announcement-resident-detail.png`, fullPage: true });

    // A resident of tổ 2 finds it under "Các tổ khác".
    const other = await residentPage("htt-2");
    const section = other.getByRole("heading", { name: "Các tổ khác" });
    // Other tổ's notices come after every whole-ward one, so they may be a "Xem thêm" away.
    await other.locator(".announcement-card").first().waitFor();
    for (let i = 0; i < 5 && (await section.count()) === 0; i++) {
      await other.getByRole("button", { name: "Xem thêm thông báo" }).click();
      await other.waitForTimeout(500);
    }
    await section.waitFor();
    const card = other.locator(".announcement-card", { hasText: TITLE });
    await card.waitFor();
    expect(await card.evaluate((el, heading) => !!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING), await section.elementHandle())).toBe(true);
    expect(await card.getByText("Cho tổ của bạn").count()).toBe(0);
    await appHasTakenOver(other);
    await card.scrollIntoViewIfNeeded();
    await other.screenshot({ path: `${SCREENSHOT_DIR}announcement-resident-other-area.png` });
  });
});
