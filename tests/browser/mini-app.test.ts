import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { Ward } from "../../src/shared/schemas/ward";
import { TILE_SCREENS } from "../../src/app/screens";
import { appHasTakenOver, screenshot } from "./browser";
import { useBrowserSession } from "./session";

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
  // What the screens must show comes from the real API, not from copies in the test.
  ward = await session.api<Ward>(`/wards/hoa-cuong`);
  latest = await session.api<AnnouncementPage>(`/wards/hoa-cuong/announcements?limit=5`);
});

describe("mini app in a phone-size Chromium", () => {
  it("home shows the ward, its office and the latest announcements from the API", async () => {
    await page.goto(base);
    // The app's own home, not the page the server drew first (tests/browser/home-preview.test.ts).
    await appHasTakenOver(page);
    await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    const office = ward.offices.find((o) => o.kind === "people-committee");
    await expect(page.getByText(office?.address ?? "missing").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: new RegExp(`Gọi đường dây nóng ${ward.hotline}`) }).getAttribute("href")).resolves.toBe(
      `tel:${ward.hotline?.replace(/\D/g, "")}`,
    );
    for (const item of latest.items) {
      await page.getByRole("heading", { level: 3, name: item.title }).waitFor();
    }
    await screenshot(page, "home");
    await page.getByRole("heading", { name: "Thông báo mới" }).scrollIntoViewIfNeeded();
    await screenshot(page, "home-announcements");
    await session.expectAccessible("home");
  });

  it("opens an announcement, shows its body, and goes back", async () => {
    await page.goto(base);
    const first = latest.items[0];
    if (!first) throw new Error("the demo seed has no announcement");
    await page.getByRole("heading", { level: 3, name: first.title }).click();
    await page.getByRole("heading", { level: 1, name: first.title }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/announcements/${first.id}$`));
    const detail = (await (await fetch(`${base}/api/v1/wards/hoa-cuong/announcements/${first.id}`)).json()) as { body: string };
    const firstBodyLine = detail.body.split("\n")[0]?.replace(/\*\*/g, "") ?? "";
    await expect(page.locator(".prose").innerText()).resolves.toContain(firstBodyLine.slice(0, 40));
    await screenshot(page, "announcement-detail");
    await session.expectAccessible("announcement detail");
    await page.getByLabel("Quay lại").click();
    await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    // "Mới" marks what this resident has not opened yet, remembered on the device; on the first
    // open, only what was published in the three days before it (not every old notice).
    const card = (title: string) => page.locator(".announcement-card", { has: page.getByRole("heading", { level: 3, name: title }) });
    const recent = (a: { publishedAt: string }) => Date.now() - Date.parse(a.publishedAt) < 3 * 86_400_000 - 60_000;
    const other = latest.items.slice(1).find(recent)?.title ?? "";
    const old = latest.items.slice(1).find((a) => !recent(a))?.title;
    await card(other).locator(".badge-new").waitFor();
    if (old) await expect(card(old).locator(".badge-new").count()).resolves.toBe(0);
    await expect(card(first.title).locator(".badge-new").count()).resolves.toBe(0);
    await page.reload();
    await card(other).locator(".badge-new").waitFor();
    await expect(card(first.title).locator(".badge-new").count()).resolves.toBe(0);
  });

  it("opens a deep link to an announcement directly", async () => {
    const item = latest.items[1];
    if (!item) throw new Error("the demo seed has fewer than 2 announcements");
    await page.goto(`${base}/announcements/${item.id}`);
    await page.getByRole("heading", { level: 1, name: item.title }).waitFor();
  });

  it("reaches each of the four areas from the home tiles and the bottom navigation", async () => {
    await page.goto(base);
    for (const area of AREAS) {
      await page.getByRole("navigation", { name: "Các mục chính" }).getByRole("link", { name: new RegExp(area.title) }).click();
      await page.locator(".zaui-header-title", { hasText: area.title }).waitFor();
      expect(page.url()).toMatch(new RegExp(`${area.path}$`));
      await screenshot(page, `area${area.path.replace("/", "-")}`);
      await session.expectAccessible(area.title);
      await page.getByText("Trang chủ", { exact: true }).click();
      await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    }
    await page.getByText("VNeID", { exact: true }).last().click();
    await page.locator(".zaui-header-title", { hasText: "VNeID" }).waitFor();
  });

  it("lists all announcements and filters them by category", async () => {
    await page.goto(base);
    await page.getByRole("link", { name: /Xem tất cả/ }).click();
    const scams = await session.api<AnnouncementPage>(`/wards/hoa-cuong/announcements?category=scam-alert`);
    await page.getByRole("button", { name: "Cảnh báo lừa đảo" }).click();
    for (const item of scams.items) await page.getByRole("heading", { level: 3, name: item.title }).waitFor();
    await expect(page.locator(".announcement-card").count()).resolves.toBe(scams.items.length);
    await screenshot(page, "announcements-scam-filter");
    await session.expectAccessible("announcement list");
  });

  it("shows an error with Thử lại when the network fails, and recovers", async () => {
    await page.route("**/api/v1/wards/hoa-cuong/announcements?*", (route) => route.abort("internetdisconnected"));
    // As inside Zalo, where index.html is not ours: no answers inlined into the page, so home must ask the API.
    await page.route(`${base}/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(<script id="cds-boot"[^>]*>)[\s\S]*?(<\/script>)/, "$1{}$2");
      await route.fulfill({ response, body });
    });
    await page.goto(base);
    await page.getByText("Không kết nối được. Hãy kiểm tra mạng rồi thử lại.").waitFor();
    await screenshot(page, "home-offline-error");
    await page.unroute("**/api/v1/wards/hoa-cuong/announcements?*");
    await page.getByRole("button", { name: "Thử lại" }).click();
    await page.getByRole("heading", { level: 3, name: latest.items[0]?.title ?? "" }).waitFor();
  });

});
