import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

// The procedure pages that changed most after the 2025 reform, read at phone size as a resident
// reads them: normal text, then text at 200% (large-font phones, older residents).
const session = useBrowserSession();
let page: Page;
let base = "";
beforeEach(() => {
  page = session.page;
  base = session.base;
});

/**
 * Doubles every text size the way a phone's font-size setting does in a WebView (text zoom scales
 * px sizes too, unlike a root font-size change). Sizes are read first, then set, so they never compound.
 */
async function doubleTextSize(p: Page): Promise<void> {
  await p.evaluate(() => {
    const elements = Array.from(document.querySelectorAll<HTMLElement>("body *"));
    const sizes = elements.map((el) => {
      const style = getComputedStyle(el);
      return { el, font: parseFloat(style.fontSize), line: style.lineHeight.endsWith("px") ? parseFloat(style.lineHeight) : null };
    });
    for (const { el, font, line } of sizes) {
      el.style.fontSize = `${font * 2}px`;
      if (line !== null) el.style.lineHeight = `${line * 2}px`;
    }
  });
}

async function backToTop(p: Page): Promise<void> {
  await p.getByRole("heading", { level: 1 }).scrollIntoViewIfNeeded();
}

async function openProcedure(slug: string): Promise<ProcedureDetail> {
  const detail = await session.api<ProcedureDetail>(`/wards/hoa-cuong/procedures/${slug}`);
  await page.goto(`${base}/procedures/${slug}`);
  await page.getByRole("heading", { level: 1, name: detail.name }).waitFor();
  return detail;
}

async function channelsText(): Promise<string> {
  const channels = page.getByRole("region", { name: "Thời gian và lệ phí" });
  await channels.scrollIntoViewIfNeeded();
  return channels.innerText();
}

/** No text box wider than the phone: at 200% a long word or a fixed width would push past 390 px. */
async function widestOverflow(p: Page): Promise<number> {
  return p.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** The same page at 200% text: top and the time-and-fee section photographed, nothing wider than the phone. */
async function readAtDoubleText(name: string): Promise<void> {
  await doubleTextSize(page);
  await backToTop(page);
  await screenshot(page, `${name}-200`);
  await channelsText();
  await screenshot(page, `${name}-channels-200`);
  expect(await widestOverflow(page)).toBe(0);
}

describe("reform procedures at phone size", () => {
  it("căn cước: shows the 07-day limit, the fee in force and the papers", async () => {
    await openProcedure("cap-doi-cap-lai-the-can-cuoc");
    await screenshot(page, "reform-can-cuoc");
    await page.getByText("Phiếu thu nhận thông tin căn cước", { exact: false }).first().waitFor();
    const channels = await channelsText();
    expect(channels).toContain("07 ngày làm việc");
    expect(channels).toContain("25.000 đồng");
    expect(channels).not.toContain("Chưa được công bố");
    await screenshot(page, "reform-can-cuoc-channels");
    await session.expectAccessible(page.url());

    await readAtDoubleText("reform-can-cuoc");
  });

  it("thông báo lưu trú: no form to fill, free, by phone or VNeID before 23:00", async () => {
    const detail = await openProcedure("thong-bao-luu-tru");
    await screenshot(page, "reform-luu-tru");
    const checklist = await page.getByRole("region", { name: "Cần mang gì" }).innerText();
    expect(checklist).not.toContain("CT01");
    expect(checklist).not.toMatch(/Mẫu/);
    expect(await page.getByRole("checkbox").count()).toBe(detail.documentCases.flatMap((c) => c.documents).length);
    const channels = await channelsText();
    expect(channels).toContain("VNeID");
    expect(channels).toContain("điện thoại");
    expect(channels).toContain("Không thu lệ phí");
    await screenshot(page, "reform-luu-tru-channels");
    await session.expectAccessible(page.url());

    await readAtDoubleText("reform-luu-tru");
  });

  it("trợ cấp hưu trí xã hội: age, amount and where to file", async () => {
    await openProcedure("tro-cap-huu-tri-xa-hoi");
    await page.getByText("500.000 đồng/tháng", { exact: false }).first().waitFor();
    await page.getByText("Mẫu số 01", { exact: false }).first().waitFor();
    await screenshot(page, "reform-huu-tri");
    expect(await channelsText()).toContain("10 ngày làm việc");
    await screenshot(page, "reform-huu-tri-channels");
    await session.expectAccessible(page.url());

    await readAtDoubleText("reform-huu-tri");
  });
});
