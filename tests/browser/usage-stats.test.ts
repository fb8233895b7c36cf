import { describe, expect, it } from "vitest";
import { ADMIN } from "./app-server";
import { SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();

describe("usage counts from the mini app", () => {
  it("counts an empty search, a guide step and a helpful answer, and sends them when the signal comes back", async () => {
    const { page, context } = session;
    await page.goto(`${session.base}/procedures`);
    await page.getByLabel("Tìm thủ tục").fill("thả diều rồng bay 0905123456");
    await page.getByText("Không tìm thấy thủ tục nào").waitFor();
    await page.waitForTimeout(1_800); // the search counts once the text has settled
    await page.goto(`${session.base}/guides/vneid-dang-ky-muc-1`);
    await page.getByRole("button", { name: "Xong bước này" }).first().click();
    await page.locator(".helpful-question").scrollIntoViewIfNeeded();
    await page.locator(".helpful-question").screenshot({ path: `${SCREENSHOT_DIR}guide-helpful-question.png` });
    await session.expectAccessible("guide with the helpful question");
    await page.getByRole("button", { name: "Có", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Cảm ơn bạn" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}guide-helpful.png`, fullPage: true });

    await context.setOffline(true);
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/wards/hoa-cuong/events") && r.request().method() === "POST");
    await context.setOffline(false);
    expect((await sent).status()).toBe(202);
    const rows = await session.server.db.query<{ metric: string; subject: string; detail: string }>(
      "select metric, subject, detail from usage_counts where ward_slug = 'hoa-cuong' order by metric, subject, detail",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { metric: "screen", subject: "procedures", detail: "" },
        { metric: "open", subject: "guide:vneid-dang-ky-muc-1", detail: "" },
        { metric: "search-empty", subject: "procedures", detail: "thả diều rồng bay #" },
        { metric: "guide-step", subject: "vneid-dang-ky-muc-1", detail: "1" },
        { metric: "helpful-yes", subject: "guide:vneid-dang-ky-muc-1", detail: "" },
      ]),
    );
  });
});

describe("Thống kê in the console", () => {
  it("shows a search with no result that a phone sent, with the most opened items and guide steps", async () => {
    const sent = await fetch(`${session.base}/api/v1/wards/hoa-cuong/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        events: [
          { type: "search", area: "procedures", results: 0, query: "Giấy phép nuôi chó" },
          { type: "open", kind: "procedure", id: "dang-ky-khai-sinh" },
          { type: "open", kind: "procedure", id: "dang-ky-khai-sinh" },
          { type: "open", kind: "guide", id: "vneid-dang-ky-muc-1" },
          { type: "guide-step", guide: "vneid-dang-ky-muc-1", step: 1 },
          { type: "guide-step", guide: "vneid-dang-ky-muc-1", step: 2 },
          { type: "helpful", kind: "procedure", id: "dang-ky-khai-sinh", helpful: true },
        ],
      }),
    });
    expect(sent.status).toBe(202);

    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.base}/console/`);
    await page.getByLabel("Tên đăng nhập").fill(ADMIN.login);
    await page.getByLabel("Mật khẩu").fill(ADMIN.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("button", { name: "Thống kê" }).click();

    const empty = page.getByRole("table", { name: "Tìm mà không thấy" });
    await empty.getByRole("row", { name: /giấy phép nuôi chó Thủ tục 1/ }).waitFor();
    await empty.getByRole("row", { name: /thả diều rồng bay # Thủ tục 1/ }).waitFor();
    await page.getByRole("cell", { name: "Bước 1: 2 · Bước 2: 1" }).waitFor();
    expect(await page.locator("[data-chart] canvas").count()).toBe(2);
    await page.getByText(/lượt mở thủ tục, hướng dẫn, thông báo/).waitFor();
    await page.waitForTimeout(200); // the charts draw on the next frame
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-stats.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A period typed as dd/mm/yyyy; a wrong day is explained, not sent.
    await page.getByLabel("Từ ngày").fill("31/02/2026");
    await page.getByRole("button", { name: "Xem" }).click();
    await page.getByRole("alert").filter({ hasText: "ví dụ 01/12/2026" }).waitFor();
    await page.getByLabel("Từ ngày").fill("01/01/2026");
    await page.getByRole("button", { name: "Xem" }).click();
    await page.getByText(/^Từ 01\/01\/2026 đến /).waitFor();
    await empty.getByRole("row", { name: /giấy phép nuôi chó/ }).waitFor();

    const csv = await page.getByRole("link", { name: "Tải bảng số liệu (CSV)" }).getAttribute("href");
    const download = await context.request.get(`${session.base}${csv}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("search-empty,procedures,giấy phép nuôi chó,1");
  });
});
