import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
let base = "";
let context: BrowserContext;
let birth: ProcedureDetail;
beforeEach(() => {
  page = session.page;
  base = session.base;
  context = session.context;
});
beforeAll(async () => {
  birth = await session.api<ProcedureDetail>(`/wards/hoa-cuong/procedures/dang-ky-khai-sinh`);
});

const checkboxes = () => page.getByRole("checkbox");

describe("procedures at phone size", () => {
  it("finds khai sinh without diacritics, keeps ticked documents across a reload, and works offline", async () => {
    await page.goto(`${base}/procedures`);
    await page.getByRole("heading", { name: "Lĩnh vực" }).waitFor();
    await screenshot(page, "procedures-home");
    await session.expectAccessible(page.url());

    await page.getByRole("searchbox", { name: "Tìm thủ tục" }).fill("dang ky khai sinh");
    const firstResult = page.locator(".procedure-card").first();
    await expect(firstResult.locator("h3").innerText()).resolves.toBe(birth.name);
    await expect(firstResult.locator("mark").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "procedures-search");

    await firstResult.click();
    await page.getByRole("heading", { level: 1, name: birth.name }).waitFor();
    const firstCase = birth.documentCases[0]?.documents.length ?? 0;
    // Several cases: the page asks which one is mine first, then shows only that case's documents
    // (before issue 15 it showed every case's checklist at once).
    const picker = page.getByRole("group", { name: "Trường hợp nào là của bạn?" });
    await picker.waitFor();
    expect(await checkboxes().count()).toBe(0);
    await picker.scrollIntoViewIfNeeded();
    await screenshot(page, "procedure-case-picker");
    await page.getByRole("button", { name: birth.documentCases[0]?.case ?? "missing case" }).click();
    await expect.poll(() => checkboxes().count()).toBe(firstCase);
    await checkboxes().nth(0).check();
    await checkboxes().nth(1).check();
    await page.getByText(`Đã chuẩn bị 2/${firstCase} giấy tờ`).waitFor();
    await screenshot(page, "procedure-detail");
    await session.expectAccessible(page.url());

    await page.reload();
    await page.getByRole("heading", { level: 1, name: birth.name }).waitFor();
    await page.getByText(`Đã chuẩn bị 2/${firstCase} giấy tờ`).waitFor();
    await expect(checkboxes().nth(0).isChecked()).resolves.toBe(true);
    await expect(checkboxes().nth(1).isChecked()).resolves.toBe(true);
    if (firstCase > 2) await expect(checkboxes().nth(2).isChecked()).resolves.toBe(false);
    // Another case can be chosen at any time.
    await page.getByRole("button", { name: "Đổi trường hợp" }).click();
    await page.getByRole("button", { name: birth.documentCases[1]?.case ?? "missing case" }).click();
    await expect.poll(() => checkboxes().count()).toBe(birth.documentCases[1]?.documents.length ?? 0);
    await expect(checkboxes().nth(0).isChecked()).resolves.toBe(false);

    // No signal for data: Zalo keeps the app's own files, so only the API is cut here. The saved
    // catalogue still serves search and detail, and says how old it is.
    await page.route("**/api/**", (route) => route.abort("internetdisconnected"));
    await page.goto(`${base}/procedures?q=${encodeURIComponent("tạm trú")}`);
    await page.getByText("Đang dùng bản lưu trên máy").first().waitFor();
    // The app fetches every screen's code in the background after the first screen; only then
    // does a lost signal leave the other screens working (inside Zalo they ship with the app).
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("procedure-detail-page")), undefined, { timeout: 15_000 });
    await context.setOffline(true);
    await page.locator(".procedure-card").first().waitFor();
    await screenshot(page, "procedures-offline");
    await page.locator(".procedure-card").first().click();
    await page.getByRole("heading", { name: "Cần mang gì" }).waitFor();
  });

  it("shows where to file in this ward, fees as published, and saves a procedure", async () => {
    await page.goto(`${base}/procedures/dang-ky-thuong-tru`);
    await page.getByRole("heading", { name: "Nộp ở đâu tại phường" }).waitFor();
    await page.getByText("Công an phường Hòa Cường").first().waitFor();
    await page.getByRole("heading", { name: "Thời gian và lệ phí" }).scrollIntoViewIfNeeded();
    await screenshot(page, "procedure-fees");
    await page.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("button", { name: "Đã lưu" }).waitFor();
    await page.goto(`${base}/procedures`);
    await page.getByRole("link", { name: /Đã lưu \(1\)/ }).click();
    await page.locator(".procedure-card h3", { hasText: "thường trú" }).first().waitFor();
  });
});
