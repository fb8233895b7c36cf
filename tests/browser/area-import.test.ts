import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ADMIN } from "./app-server";
import { appHasTakenOver, screenshot, SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { smallTargets } from "./layout-checks";
import { useBrowserSession } from "./session";

// Issue 18 (with 15 and 16): a clerk imports the ward's areas from Excel, fixes the row the preview
// reports, imports again; a resident then finds the area by the kiệt they live in, in the area
// picker and in the home search. The streets are test data for two new test areas.

const session = useBrowserSession();
const HEADER = ["Mã tổ dân phố", "Tên tổ dân phố", "Phường cũ", "Tên cũ", "Đường, kiệt", "Tên gọi khác", "Mã tổ công nghệ số"];
const dir = mkdtempSync(join(tmpdir(), "cds-area-import-"));

async function areasFile(name: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tổ dân phố");
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

const GOOD_ROW = ["hc-thu-70", "Tổ dân phố 70", "Hòa Cường Nam", "", "kiệt 45 Trưng Nữ Vương; đường Núi Thành", "", "team-htt-1"];
const TOO_LONG = `kiệt 88 ${"Nguyễn Văn Linh ".repeat(6).trim()}`;

async function signInToConsole(page: Page): Promise<void> {
  await page.goto(`${session.base}/console/`);
  await page.getByLabel("Tên đăng nhập").fill(ADMIN.login);
  await page.getByLabel("Mật khẩu").fill(ADMIN.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

describe("areas from the ward's spreadsheet, found by street", () => {
  it("a clerk imports, fixes the reported row, imports again; the phone finds the area by its kiệt; stats show a search with no result", { timeout: 180_000 }, async () => {
    const desk = await session.newContext({ viewport: { width: 1366, height: 768 } });
    const console_ = await desk.newPage();
    await signInToConsole(console_);
    await console_.getByRole("navigation").getByRole("button", { name: "Tổ dân phố", exact: true }).click();
    const fileInput = console_.getByLabel("Tải lên tệp .xlsx hoặc .csv");

    // The first file has a street too long to be a street: the preview names the row and writes nothing.
    await fileInput.setInputFiles(await areasFile("to-dan-pho.xlsx", [GOOD_ROW, ["hc-thu-71", "Tổ dân phố 71", "", "", `K12 Lê Thanh Nghị; ${TOO_LONG}`, "", ""]]));
    const problems = console_.getByRole("table", { name: "Các dòng cần sửa (chưa ghi gì)" });
    const badRow = problems.getByRole("row", { name: /Dòng 3 Đường, kiệt .*dài quá 80 ký tự/ });
    await badRow.waitFor();
    await badRow.scrollIntoViewIfNeeded();
    await console_.screenshot({ path: `${SCREENSHOT_DIR}console-area-import-bad-row.png` });
    expect(await seriousAxeViolations(console_)).toEqual([]);
    expect(await session.api<{ items: { id: string }[] }>("/wards/hoa-cuong/areas").then((r) => r.items.some((a) => a.id.startsWith("hc-thu-")))).toBe(false);

    // Fixed in Excel and uploaded again: valid, confirmed, written.
    await fileInput.setInputFiles(await areasFile("to-dan-pho-da-sua.xlsx", [GOOD_ROW, ["hc-thu-71", "Tổ dân phố 71", "", "", "K12 Lê Thanh Nghị; kiệt 88 Nguyễn Văn Linh", "", ""]]));
    await console_.getByRole("status").filter({ hasText: "Tệp hợp lệ: 2 mới, 0 thay đổi" }).waitFor();
    await console_.getByRole("button", { name: "Xác nhận ghi vào danh sách" }).click();
    await console_.getByText("Đã nhập: 2 mới, 0 thay đổi").waitFor();
    const listed = console_.getByRole("row", { name: /Tổ dân phố 70 .*kiệt 45 Trưng Nữ Vương; đường Núi Thành/ });
    await listed.waitFor();
    await listed.scrollIntoViewIfNeeded();
    await console_.screenshot({ path: `${SCREENSHOT_DIR}console-area-import-done.png` });

    // The editor shows the imported streets one per line; a line added there is tidied and saved.
    await listed.getByRole("button", { name: "Tổ dân phố 70" }).click();
    const streets = console_.getByLabel(/Đường, kiệt thuộc tổ/);
    await expect(streets.inputValue()).resolves.toBe("kiệt 45 Trưng Nữ Vương\nđường Núi Thành");
    await streets.fill("kiệt 45 Trưng Nữ Vương\nđường Núi Thành\n  kiệt 12   Núi Thành \nđường Núi Thành\n");
    await streets.scrollIntoViewIfNeeded();
    await console_.screenshot({ path: `${SCREENSHOT_DIR}console-area-streets-editor.png` });
    await console_.getByRole("button", { name: "Lưu", exact: true }).click();
    await console_.getByText("Đã lưu Tổ dân phố 70.").waitFor();
    await console_.getByRole("row", { name: /Tổ dân phố 70 .*kiệt 45 Trưng Nữ Vương; đường Núi Thành; kiệt 12 Núi Thành/ }).waitFor();

    // The phone: "Tổ của tôi" asks for the area; the kiệt typed without diacritics finds it, and says which kiệt.
    const { page } = session;
    await page.goto(`${session.base}/teams`);
    await page.getByLabel("Tìm tổ dân phố").fill("kiet 45 trung nu vuong");
    const option = page.locator("button.area-option");
    await expect.poll(() => option.count()).toBe(1);
    await expect(option.first().innerText()).resolves.toMatch(/Tổ dân phố 70\s+kiệt 45 Trưng Nữ Vương/);
    await screenshot(page, "area-picker-by-street");
    await session.expectAccessible("area picker found by street");
    expect(await smallTargets(page)).toEqual([]);
    await option.first().click();
    await page.getByText("Tổ dân phố của bạn").waitFor();

    // Home search: a street name finds the area, with the street in its title, and its team.
    await page.goto(session.base);
    await appHasTakenOver(page);
    const box = page.getByRole("searchbox", { name: /Tìm thủ tục, hướng dẫn/ }).first();
    await box.fill("Núi Thành");
    await box.press("Enter");
    const areas = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Tổ dân phố" }) }).locator("a.result-card");
    await areas.first().waitFor();
    await expect(areas.first().innerText()).resolves.toContain("Tổ dân phố 70 · đường Núi Thành");
    await screenshot(page, "search-by-street");
    await session.expectAccessible("search results by street");
    // It opens the team that supports the area.
    await areas.first().click();
    await page.locator(".zaui-header-title", { hasText: "Tổ và liên hệ" }).waitFor();
    await expect(page.locator("article.card h3").allInnerTexts()).resolves.toEqual(["Tổ công nghệ số cộng đồng cụm tổ dân phố 1–4"]);
    // The list of teams is searched by street as well, in the short form of the ward's notices.
    await page.getByLabel("Tìm tổ công nghệ số").fill("K45 trung nu vuong");
    await expect.poll(() => page.locator("article.card h3").allInnerTexts()).toEqual(["Tổ công nghệ số cộng đồng cụm tổ dân phố 1–4"]);

    // A search that found nothing, as the phone reports it; the clerk sees it on "Thống kê".
    const sent = await fetch(`${session.base}/api/v1/wards/hoa-cuong/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ events: [{ type: "search", area: "areas", results: 0, query: "kiệt 999 Hoàng Diệu" }] }),
    });
    expect(sent.status).toBe(202);
    await console_.getByRole("navigation").getByRole("button", { name: "Thống kê", exact: true }).click();
    const empty = console_.getByRole("table", { name: "Tìm mà không thấy" });
    const missed = empty.getByRole("row", { name: "kiệt 999 hoàng diệu Tổ dân phố 1" });
    await missed.waitFor();
    await missed.scrollIntoViewIfNeeded();
    await console_.screenshot({ path: `${SCREENSHOT_DIR}console-stats-street-miss.png` });
  });
});
