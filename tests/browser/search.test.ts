import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { GuideDetail } from "../../src/shared/schemas/guide-api";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});

const VNEID_PROBLEM = "quen passcode vneid";
const FORMER_WARD = "to 12 hoa thuan tay";

/** Types into the box at the top of home and submits, as a resident would. */
async function searchFromHome(p: Page, query: string): Promise<void> {
  const box = p.getByRole("searchbox", { name: /Tìm thủ tục, hướng dẫn/ }).first();
  await box.fill(query);
  await box.press("Enter");
  await p.locator(".zaui-header-title", { hasText: "Tìm kiếm" }).waitFor();
}

/** Results appear as links inside their kind's section. */
const resultsIn = (p: Page, heading: string) => p.locator("section", { has: p.getByRole("heading", { level: 2, name: heading }) }).locator("a.result-card");

async function expectVneidGuideFirst(p: Page, guide: GuideDetail): Promise<void> {
  const guides = resultsIn(p, "Hướng dẫn");
  await guides.first().waitFor();
  await expect(guides.first().innerText()).resolves.toContain(guide.title);
  // The group of the best answer comes first.
  await expect(p.locator("section h2").first().innerText()).resolves.toBe("Hướng dẫn");
}

describe("one search from home", () => {
  it("a no-diacritics VNeID problem opens the right guide; a former ward's name finds the team", { timeout: 90_000 }, async () => {
    const guide = await session.api<GuideDetail>("/wards/hoa-cuong/guides/vneid-quen-passcode");
    await page.goto(session.base);
    await searchFromHome(page, VNEID_PROBLEM);
    await expectVneidGuideFirst(page, guide);
    // Whole words marked, with their diacritics, in the title.
    await expect(resultsIn(page, "Hướng dẫn").first().locator("mark").allInnerTexts()).resolves.toEqual(expect.arrayContaining(["Quên", "passcode", "VNeID"]));
    await screenshot(page, "search-vneid-problem");
    await session.expectAccessible("search results");
    await resultsIn(page, "Hướng dẫn").first().click();
    await page.getByRole("heading", { level: 1, name: guide.title }).waitFor();

    await page.goto(session.base);
    await searchFromHome(page, FORMER_WARD);
    const areas = resultsIn(page, "Tổ dân phố");
    await areas.first().waitFor();
    await expect(areas.first().innerText()).resolves.toContain("Tổ dân phố 12, phường Hòa Thuận Tây (cũ)".replace("12, phường", "12, phường"));
    await expect(resultsIn(page, "Tổ công nghệ số").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "search-former-ward");
    await resultsIn(page, "Tổ công nghệ số").first().click();
    await page.locator(".zaui-header-title", { hasText: "Tổ và liên hệ" }).waitFor();
    await expect(page.locator("article.card").count()).resolves.toBe(1);
  });

  it("says plainly when nothing fits and offers what is close, the fields and who to ask", { timeout: 60_000 }, async () => {
    await page.goto(`${session.base}/search?q=${encodeURIComponent("giấy xyzq qwzx")}`);
    await page.getByText("Không tìm thấy mục nào cho “giấy xyzq qwzx”.").waitFor();
    await page.getByRole("heading", { level: 2, name: "Có phải bạn tìm …" }).waitFor();
    // Exact: a suggested procedure ("Cấp bản sao trích lục hộ tịch") also has the words in its name.
    await page.getByRole("link", { name: "Hộ tịch", exact: true }).waitFor();
    await page.getByRole("link", { name: /Hỏi tổ công nghệ số/ }).waitFor();
    await page.getByRole("link", { name: /Gọi bộ phận một cửa|Gọi đường dây nóng/ }).waitFor();
    await screenshot(page, "search-nothing-found");
    await session.expectAccessible("search with nothing found");
  });

  it("at 200% text the box and the results still fit the screen", { timeout: 60_000 }, async () => {
    await page.goto(session.base);
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
    await screenshot(page, "search-home-200");
    await searchFromHome(page, VNEID_PROBLEM);
    await resultsIn(page, "Hướng dẫn").first().waitFor();
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "search-results-200");
  });

  it("offline after a first visit, the same queries still answer from the phone's copies", { timeout: 120_000 }, async () => {
    const guide = await session.api<GuideDetail>("/wards/hoa-cuong/guides/vneid-quen-passcode");
    await page.goto(session.base);
    // A few seconds after home the app keeps the areas' data and loads every screen's code.
    await page.waitForFunction(() => localStorage.getItem("cds:procedures:hoa-cuong") !== null, undefined, { timeout: 30_000 });
    await expect
      .poll(async () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cds:copy:/") && (k.includes("/guides/vneid-quen-passcode") || k.includes("/areas") || k.includes("/search-terms"))).length), { timeout: 30_000 })
      .toBe(3);
    await page.waitForTimeout(1_000);
    await session.context.setOffline(true);

    await searchFromHome(page, VNEID_PROBLEM);
    await page.getByText("Không có mạng: kết quả tìm trong bản lưu trên máy.").waitFor();
    await expectVneidGuideFirst(page, guide);
    await screenshot(page, "search-offline-vneid");

    await page.getByRole("searchbox").first().fill(FORMER_WARD);
    await resultsIn(page, "Tổ dân phố").first().waitFor();
    await expect(resultsIn(page, "Tổ công nghệ số").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "search-offline-former-ward");
  });
});
