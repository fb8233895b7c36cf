import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnouncementPage } from "../../src/shared/schemas/announcement";
import type { AreaList, Team } from "../../src/shared/schemas/team";
import type { Ward } from "../../src/shared/schemas/ward";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
let base = "";
let ward: Ward;
let list: AnnouncementPage;
let areas: AreaList;
beforeEach(() => {
  page = session.page;
  base = session.base;
});
beforeAll(async () => {
  ward = await session.api<Ward>("/wards/hoa-cuong");
  list = await session.api<AnnouncementPage>("/wards/hoa-cuong/announcements?limit=10");
  areas = await session.api<AreaList>("/wards/hoa-cuong/areas");
});

const savedCopies = (p: Page) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cds:copy:/")));
const screenCode = (p: Page, name: string) => p.evaluate((n) => performance.getEntriesByType("resource").some((e) => e.name.includes(n)), name);

describe("offline: what a resident needs is on the phone", () => {
  it("with no signal, the announcement list, an announcement never opened, and my team's contacts still show; Tải lại when the signal returns", { timeout: 120_000 }, async () => {
    await page.goto(base);
    await page.getByRole("heading", { level: 1, name: ward.name }).waitFor();
    // A few seconds after home, the app keeps the list, every announcement in it and every team.
    const last = list.items[list.items.length - 1];
    if (!last) throw new Error("the demo seed has no announcement");
    await expect
      .poll(async () => {
        const keys = await savedCopies(page);
        return keys.some((k) => k.endsWith(`/announcements/${last.id}`)) && keys.filter((k) => /\/teams\/[^/?]+$/.test(k)).length > 0;
      }, { timeout: 40_000 })
      .toBe(true);
    for (const name of ["announcement-list-page", "announcement-detail-page", "my-team-page"]) {
      await expect.poll(() => screenCode(page, name), { timeout: 20_000 }).toBe(true);
    }

    await session.context.setOffline(true);
    await page.getByRole("link", { name: /Xem tất cả/ }).click();
    await page.getByRole("heading", { level: 3, name: last.title }).click();
    await page.getByRole("heading", { level: 1, name: last.title }).waitFor();
    await expect(page.locator(".prose").innerText()).resolves.not.toBe("");
    await screenshot(page, "offline-announcement-never-opened");

    // My tổ dân phố, chosen for the first time without signal: the team and its contacts.
    const area = areas.items.find((a) => a.teamId);
    if (!area?.teamId) throw new Error("no area with a team");
    const team = await session.api<Team>(`/wards/hoa-cuong/teams/${area.teamId}`);
    await page.locator(".zaui-bottom-navigation").getByText("Tổ công nghệ số", { exact: true }).click();
    await page.getByRole("searchbox", { name: "Tìm tổ dân phố" }).fill(area.name);
    await page.getByRole("button", { name: new RegExp(area.name) }).first().click();
    await page.getByRole("heading", { name: team.name }).waitFor();
    const withPhone = team.members.find((m) => m.phone);
    if (withPhone) await page.getByRole("link", { name: `Gọi ${withPhone.name}` }).waitFor();
    await expect(page.getByText("Không kết nối được").count()).resolves.toBe(0);
    await screenshot(page, "offline-my-team");

    // Opened again while the server is out of reach: the saved copies, with "Tải lại" while the
    // phone has a signal, none while it has not, and fresh content after it.
    await session.context.setOffline(false);
    await page.route("**/api/**", (route) => route.abort("internetdisconnected"));
    await page.reload();
    await page.getByRole("heading", { name: team.name }).waitFor();
    const notice = page.locator(".saved-copy-notice");
    await notice.getByText("Đang xem bản lưu trên máy").waitFor();
    const reload = notice.getByRole("button", { name: "Tải lại" });
    await reload.waitFor();
    await session.context.setOffline(true);
    await notice.getByText("Điện thoại đang mất mạng").waitFor();
    await expect(reload.count()).resolves.toBe(0);
    await screenshot(page, "offline-saved-copy");
    await session.context.setOffline(false);
    await reload.waitFor();
    await page.unroute("**/api/**");
    await reload.click();
    await page.getByRole("heading", { name: team.name }).waitFor();
    await expect.poll(() => page.locator(".saved-copy-notice").count()).toBe(0);
  });
});
