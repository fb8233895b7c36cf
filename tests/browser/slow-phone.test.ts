import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { Ward } from "../../src/shared/schemas/ward";
import { TILE_SCREENS } from "../../src/app/screens";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";
import { CPU_SLOWDOWN, firstOpen, throttle } from "./slow-phone";

// The four areas as home and the bottom bar show them.
const AREAS = TILE_SCREENS.map(({ path, tile, tab }) => ({ path, title: tile.title, tab: tab.label }));
const session = useBrowserSession();
let page: Page;
let base = "";
let ward: Ward;
let latest: AnnouncementPage;
beforeEach(() => {
  page = session.page;
  base = session.base;
});
beforeAll(async () => {
  ward = await session.api<Ward>("/wards/hoa-cuong");
  latest = await session.api<AnnouncementPage>("/wards/hoa-cuong/announcements?limit=5");
});

/** Every answer the app keeps on the device is under this prefix (see src/app/lib/saved-copies.ts). */
const savedCopies = (p: Page) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cds:copy:/")));

async function expectContentNotError(p: Page, name: string): Promise<void> {
  await expect(p.locator(".error-state").count(), `${name}: no error state`).resolves.toBe(0);
  const text = await p.locator(".zaui-page:visible, .page:visible").last().innerText();
  expect(text.trim().length, `${name}: the screen has content`).toBeGreaterThan(120);
  await p.getByText(/cập nhật lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}/).first().waitFor();
}

describe("a cheap phone on a weak signal", () => {
  it(`first open on slow 3G with a ${CPU_SLOWDOWN}× slower CPU shows home with content`, { timeout: 180_000 }, async () => {
    await throttle(page);
    const ms = await firstOpen(page, base, ward.name);
    await page.getByRole("heading", { level: 3, name: latest.items[0]?.title ?? "" }).waitFor();
    await screenshot(page, "slow-3g-first-open");
    // A figure to watch, not a pass mark: shared machines make timings noisy (npm run bench reports it too).
    process.stdout.write(`\n[slow phone] first open on slow 3G, CPU ${CPU_SLOWDOWN}× slower: home with content after ${(ms / 1000).toFixed(1)} s\n`);
  });

  it("opened again with no signal, shows what it saved, with its time, in home and all four areas", { timeout: 120_000 }, async () => {
    await page.goto(base);
    await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    // A few seconds after home the app loads the four areas' data in the background and keeps it.
    await expect.poll(async () => (await savedCopies(page)).some((k) => k.includes("/guides/vneid-")), { timeout: 30_000 }).toBe(true);
    await page.waitForFunction(() => localStorage.getItem("cds:procedures:hoa-cuong") !== null, undefined, { timeout: 30_000 });

    // No signal: Zalo keeps the app's own files on the phone, so only the API is out of reach.
    await page.route("**/api/**", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    await page.getByRole("heading", { level: 3, name: latest.items[0]?.title ?? "" }).waitFor();
    await expectContentNotError(page, "home");
    await screenshot(page, "offline-home");

    for (const area of AREAS) {
      await page.locator(".zaui-bottom-navigation").getByText(area.tab, { exact: true }).click();
      await page.locator(".zaui-header-title", { hasText: area.title }).waitFor();
      await page.waitForTimeout(300);
      await expectContentNotError(page, area.title);
      await screenshot(page, `offline${area.path.replace("/", "-")}`);
    }

    // One step deeper in each guide area: a guide's steps, and the list of all teams.
    await page.goto(`${base}/vneid`);
    await page.locator("a[href*='/guides/']").first().click();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await expectContentNotError(page, "a VNeID guide");
    await screenshot(page, "offline-guide");
    await page.goto(`${base}/teams/all`);
    await page.locator("article.card").first().waitFor();
    await expectContentNotError(page, "all teams");
  });
});
