import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Ward } from "../../src/shared/schemas/ward";
import { screenshot } from "./browser";
import { smallTargets } from "./layout-checks";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});

describe("Về ứng dụng", () => {
  it("is linked from home and says who runs the app, what it keeps, what it sends and how to reach the ward", async () => {
    const ward = await session.api<Ward>("/wards/hoa-cuong");
    await page.goto(session.base);
    await page.getByRole("link", { name: "Về ứng dụng và quyền riêng tư" }).click();
    await page.getByRole("heading", { name: "Ai cung cấp ứng dụng" }).waitFor();
    const text = await page.locator(".page-body").innerText();
    expect(text).toContain(`${ward.name}, ${ward.province} cung cấp ứng dụng này`);
    expect(text).toContain("Tổ dân phố bạn chọn");
    expect(text).toContain("không hỏi tên, số điện thoại hay vị trí");
    expect(text).toContain("Mã QR bạn kiểm tra chỉ được đọc trên điện thoại");
    await expect(page.locator(".page-body").getByRole("link", { name: new RegExp(`Gọi đường dây nóng ${ward.hotline ?? ""}`) }).count()).resolves.toBe(1);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, "about");
    await session.expectAccessible("about");
  });
});
