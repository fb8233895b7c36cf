import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { GuideDetail, GuideList } from "../../src/shared/schemas/guide-api";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

// The guides issue #12 added for the ward's campaigns, read as a resident would on a phone: the
// list they appear in, the first step, and the troubleshooting of a step, at normal and 200% text.
const session = useBrowserSession();
let page: Page;
let base = "";
beforeEach(() => {
  page = session.page;
  base = session.base;
});
const api = <T,>(path: string) => session.api<T>(`/wards/hoa-cuong${path}`);

/**
 * The 390×844 phone at 200% zoom: half the CSS pixels at twice the density, so every size (text
 * set in px included) is twice as large on the same screen, as with the resize-text check.
 */
async function pageAt(percent: 100 | 200): Promise<Page> {
  if (percent === 100) return page;
  const context = await session.newContext({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 4, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

describe("new guides at phone size", () => {
  it.each([
    ["/vneid", "online-services", "Dịch vụ công trên điện thoại"],
    ["/qr-payment", "bank-sim", "Tài khoản ngân hàng và SIM chính chủ"],
  ])("%s lists the %s guides under their heading", async (path, topic, heading) => {
    const { items } = await api<GuideList>(`/guides?topic=${topic}`);
    expect(items.length).toBeGreaterThan(0);
    await page.goto(`${base}${path}`);
    await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    for (const g of items) await page.getByRole("link", { name: new RegExp(g.title) }).waitFor();
    // Centre the heading: the fixed header and bottom bar would hide it at either edge.
    await page.getByRole("heading", { level: 2, name: heading }).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await screenshot(page, `guide-list-${topic}`);
    await session.expectAccessible(`${path} with ${topic}`);
  });

  it.each(["vneid-thong-bao-luu-tru", "ngan-hang-mo-tai-khoan-sinh-trac-hoc", "sim-chuan-hoa-thue-bao", "phan-anh-kien-nghi", "vssid-cai-dat-xem-the-bhyt"])(
    "%s: first step and a step's troubleshooting read well, also at 200% text",
    async (slug) => {
      const guide = await api<GuideDetail>(`/guides/${slug}`);
      const trouble = guide.troubleshooting.find((t) => t.step !== undefined);
      if (trouble?.step === undefined) throw new Error(`${slug} has no troubleshooting tied to a step`);
      for (const scale of [100, 200] as const) {
        const page = await pageAt(scale);
        // The page remembers the step reached; the link to step 1 opens it whatever was saved.
        await page.goto(`${base}/guides/${slug}?step=1`);
        await page.getByRole("heading", { level: 1, name: guide.title }).waitFor();
        const first = page.locator("#buoc-1");
        await first.getByText(guide.steps[0]?.body ?? "").waitFor();
        await first.scrollIntoViewIfNeeded();
        await screenshot(page, `guide-${slug}-step1-${scale}`);
        await expectNoSidewaysScroll(page, `${slug} at ${scale}%`);

        await page.goto(`${base}/guides/${slug}?step=${trouble.step}`);
        await page.getByRole("heading", { level: 1, name: guide.title }).waitFor();
        const step = page.locator(`#buoc-${trouble.step}`);
        await step.getByText("Gặp trục trặc ở bước này?").click();
        const problem = step.getByText(trouble.problem);
        await problem.waitFor();
        await problem.scrollIntoViewIfNeeded();
        await screenshot(page, `guide-${slug}-trouble-${scale}`);
        await expectNoSidewaysScroll(page, `${slug} troubleshooting at ${scale}%`);
      }
      await session.expectAccessible(slug);
    },
  );
});
