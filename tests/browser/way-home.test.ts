import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { Ward } from "../../src/shared/schemas/ward";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

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
  latest = await session.api<AnnouncementPage>("/wards/hoa-cuong/announcements?limit=2");
});

const home = () => page.getByRole("heading", { level: 1, name: ward.name });
const bar = () => page.locator(".zaui-bottom-navigation");

describe("always a way home", () => {
  it("a shared link to an announcement shows the bottom bar, and its back arrow goes home inside the app", async () => {
    const item = latest.items[0];
    if (!item) throw new Error("the demo seed has no announcement");
    await page.goto(`${base}/announcements/${item.id}`);
    await page.getByRole("heading", { level: 1, name: item.title }).waitFor();
    await expect(bar().getByText("Trang chủ", { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, "deep-link-announcement");
    await page.getByLabel("Quay lại").click();
    await home().waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(base).origin);
  });

  it("the phone's own back from the first screen of a visit goes home, not out of the app", async () => {
    await page.goto(`${base}/procedures/dang-ky-thuong-tru`);
    await page.getByRole("heading", { name: "Nộp ở đâu tại phường" }).waitFor();
    await page.goBack();
    await home().waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(base).origin);
    // And forward again returns to the procedure.
    await page.goForward();
    await page.getByRole("heading", { name: "Nộp ở đâu tại phường" }).waitFor();
  });

  it("the bottom bar on a detail screen opens an area and marks it", async () => {
    await page.goto(`${base}/guides/vneid-dang-ky-muc-1`);
    await page.locator(".guide-step").first().waitFor();
    await expect(bar().locator(".zaui-bottom-navigation-item-active").innerText()).resolves.toBe("VNeID");
    await bar().getByText("Thủ tục", { exact: true }).click();
    await page.getByRole("heading", { name: "Lĩnh vực" }).waitFor();
  });

  it("assist mode opened by a link: 'Thoát' leads home, not out of the app", async () => {
    await page.goto(`${base}/guides/vneid-dang-ky-muc-1/assist`);
    await page.getByText(/^Bước 1\//).waitFor();
    await expect(bar().count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Thoát" }).click();
    await home().waitFor();
    await expect(bar().isVisible()).resolves.toBe(true);
  });

  it("a shared guide or procedure: the link the share gives opens that page, with a way home", async () => {
    for (const shared of [
      { path: "/guides/vneid-dang-ky-muc-1", ready: () => page.locator(".guide-step").first().waitFor() },
      { path: "/procedures/dang-ky-thuong-tru", ready: () => page.getByRole("heading", { name: "Nộp ở đâu tại phường" }).waitFor() },
    ]) {
      // What the phone's share sheet receives (Web Share outside Zalo; inside, zalo.test.ts checks the card).
      await page.addInitScript(() => {
        const w = window as unknown as { sharedData: ShareData[] };
        w.sharedData = [];
        Object.defineProperty(navigator, "share", { configurable: true, value: (data: ShareData) => (w.sharedData.push(data), Promise.resolve()) });
      });
      await page.goto(`${base}${shared.path}`);
      await shared.ready();
      await page.getByRole("button", { name: "Chia sẻ" }).first().click();
      const url = await page.waitForFunction(() => (window as unknown as { sharedData: ShareData[] }).sharedData[0]?.url).then((h) => h.jsonValue());
      expect(new URL(String(url)).pathname, `${shared.path}: shared ${String(url)}`).toMatch(new RegExp(`${shared.path}$`));

      // The friend who gets the link opens it: a fresh phone, nothing of this visit behind it.
      const friend = await (await session.newContext()).newPage();
      await friend.goto(String(url));
      page = friend;
      await shared.ready();
      await expect(bar().getByText("Trang chủ", { exact: true }).isVisible()).resolves.toBe(true);
      await friend.goBack();
      await home().waitFor();
      expect(new URL(friend.url()).origin).toBe(new URL(base).origin);
      page = session.page;
    }
  });
});
