import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { barsCoverContent, clippedText, rootFontSize, setPhoneTextSize, smallTargets, textFontSizes } from "./layout-checks";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
let base = "";
beforeEach(() => {
  page = session.page;
  base = session.base;
});

type Screen = { name: string; path: string; ready: (page: Page) => Promise<unknown> };

// The screens the issue names: home, a procedure, a guide, the QR checker, teams (plus the other
// top-level screens for touch targets).
const SCREENS: Screen[] = [
  { name: "home", path: "/", ready: (p) => p.locator(".announcement-card").first().waitFor() },
  { name: "procedure", path: "/procedures/dang-ky-thuong-tru", ready: (p) => p.getByRole("heading", { name: "Nộp ở đâu tại phường" }).waitFor() },
  { name: "guide", path: "/guides/vneid-dang-ky-muc-1", ready: (p) => p.locator(".guide-step").first().waitFor() },
  { name: "qr-check", path: "/qr-payment/check", ready: (p) => p.getByLabel("Hoặc dán nội dung mã").waitFor() },
  { name: "teams-all", path: "/teams/all", ready: (p) => p.getByRole("heading", { name: "Liên hệ của phường" }).waitFor() },
  { name: "my-team", path: "/teams", ready: (p) => p.getByRole("heading", { name: "Bạn ở tổ dân phố nào?" }).waitFor() },
  { name: "procedures", path: "/procedures", ready: (p) => p.getByRole("heading", { name: "Lĩnh vực" }).waitFor() },
  { name: "vneid", path: "/vneid", ready: (p) => p.locator("a[href*='/guides/']").first().waitFor() },
  { name: "qr-payment", path: "/qr-payment", ready: (p) => p.locator("a[href*='/qr-payment/check']").first().waitFor() },
  { name: "shop-qr", path: "/qr-payment/shop", ready: (p) => p.getByLabel("Tên chủ tài khoản").waitFor() },
  { name: "about", path: "/about", ready: (p) => p.getByRole("heading", { name: "Ai cung cấp ứng dụng" }).waitFor() },
];

/** Placeholders wider than their field (clippedText sees only real text): "Bạn cần tìm gì?" was cut at 200%. */
function cutPlaceholders(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d");
    if (!context) return ["no canvas"];
    return [...document.querySelectorAll<HTMLInputElement>("input[placeholder]:not([type=hidden])")]
      .filter((input) => input.offsetParent !== null)
      .flatMap((input) => {
        const style = getComputedStyle(input);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = context.measureText(input.placeholder).width;
        return needed > room ? [`${input.placeholder}: needs ${Math.round(needed)} px, has ${Math.round(room)} px`] : [];
      });
  });
}

async function open(screen: Screen): Promise<void> {
  await page.goto(`${base}${screen.path}`);
  await screen.ready(page);
  await page.waitForTimeout(400); // page transition and lazy fonts
}

/** Opens the resident's team so its contacts (hotline, call buttons) are on screen. */
async function chooseArea(): Promise<void> {
  await page.getByRole("searchbox", { name: "Tìm tổ dân phố" }).fill("to 1");
  await page.locator(".area-option").first().click();
  await page.getByText("Buổi hỗ trợ gần nhất").waitFor();
}

describe("text that grows, and targets a finger can hit", () => {
  it("every interactive element on each main screen is at least 44×44 px", { timeout: 120_000 }, async () => {
    for (const screen of SCREENS) {
      await open(screen);
      if (screen.name === "my-team") await chooseArea();
      if (screen.name === "procedure") {
        // Open the folded rows too ("Căn cứ pháp lý", "Điểm chưa chắc chắn").
        for (const summary of await page.locator("summary").all()) await summary.click();
      }
      expect(await smallTargets(page), screen.name).toEqual([]);
    }
  });

  it("at 200% phone text, home, a procedure, a guide, the QR checker and teams grow and nothing is cut", { timeout: 180_000 }, async () => {
    const named = SCREENS.filter((s) => ["home", "procedure", "guide", "qr-check", "teams-all", "my-team", "shop-qr", "about"].includes(s.name));
    const normal = new Map<string, number[]>();
    for (const screen of named) {
      await open(screen);
      normal.set(screen.name, await textFontSizes(page));
    }
    await setPhoneTextSize(page, 200);
    for (const screen of named) {
      await open(screen);
      expect(await rootFontSize(page)).toBeCloseTo(34, 0); // 17 px × 2
      // Every piece of text grew with the phone's setting (not only the headings).
      const before = normal.get(screen.name) ?? [];
      const after = await textFontSizes(page);
      const count = Math.min(before.length, after.length);
      const grew = Array.from({ length: count }, (_, i) => (after[i] ?? 0) / (before[i] ?? 1)).filter((ratio) => ratio > 1.9).length;
      expect(grew / count, `${screen.name}: ${grew} of ${count} text elements doubled`).toBeGreaterThan(0.97);
      // The bottom bar's labels grow too, to their 18 px cap, and wrap between words.
      const labels = await textFontSizes(page, ".zaui-bottom-navigation");
      expect(labels.length).toBeGreaterThan(0);
      for (const size of labels) expect(size).toBe(18);
      if (screen.name === "my-team") await chooseArea();
      if (screen.name === "home") expect(await cutPlaceholders(page), "home: search placeholder").toEqual([]);
      expect(await clippedText(page), screen.name).toEqual([]);
      expect(await barsCoverContent(page), screen.name).toEqual([]);
      expect(await smallTargets(page), screen.name).toEqual([]);
      await screenshot(page, `text-200-${screen.name}`);
    }
  });

  it("the app's own Cỡ chữ setting grows the text and is remembered on the phone", async () => {
    await open(SCREENS[0] as Screen);
    expect(await rootFontSize(page)).toBeCloseTo(17, 0);
    const control = page.getByRole("group", { name: "Cỡ chữ" });
    await control.scrollIntoViewIfNeeded();
    await screenshot(page, "text-size-control");
    await control.getByRole("button", { name: "Rất lớn" }).click();
    await expect.poll(() => rootFontSize(page)).toBeCloseTo(25.5, 0);
    await expect(control.getByRole("button", { name: "Rất lớn" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.reload();
    await page.locator(".announcement-card").first().waitFor();
    await expect.poll(() => rootFontSize(page)).toBeCloseTo(25.5, 0);
    // Together with the phone's own setting: 150% of 200%.
    await setPhoneTextSize(page, 200);
    await expect.poll(() => rootFontSize(page)).toBeCloseTo(51, 0);
    await page.getByRole("group", { name: "Cỡ chữ" }).getByRole("button", { name: "Vừa" }).click();
    await expect.poll(() => rootFontSize(page)).toBeCloseTo(34, 0);
    await session.expectAccessible("home with Cỡ chữ");
  });
});
