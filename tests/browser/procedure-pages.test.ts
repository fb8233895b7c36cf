import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { isPortalSearchUrl } from "../../src/shared/schemas/procedure";
import type { ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import type { Ward } from "../../src/shared/schemas/ward";
import { screenshot, SCREENSHOT_DIR } from "./browser";
import { useBrowserSession } from "./session";

// The hộ tịch pages residents open most, read at phone size and at 200% text (Android's largest
// system font): what to ask comes with the one-stop counter's phone, and the portal button says
// whether it opens the procedure's page or a search for its code.
const session = useBrowserSession();
let ward: Ward;
beforeAll(async () => {
  ward = await session.api<Ward>("/wards/hoa-cuong");
});

/**
 * The whole page as phone screens, top to bottom (name-1.png, name-2.png, …). The app scrolls inside
 * its own container, so the document's full-page picture would show only the first screen.
 */
async function screens(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.waitForTimeout(450);
  const scroller = await page.locator("article.procedure-detail").evaluateHandle((el) => {
    let node: HTMLElement | null = el.parentElement;
    while (node && !(node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflowY !== "visible")) node = node.parentElement;
    return node ?? document.scrollingElement ?? document.documentElement;
  });
  for (let i = 1; i <= 30; i++) {
    await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-${i}.png` });
    const moved = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop = before + el.clientHeight - 80;
      return el.scrollTop > before;
    });
    if (!moved) break;
    await page.waitForTimeout(120);
  }
  await scroller.evaluate((el) => {
    el.scrollTop = 0;
  });
}

async function open(page: Page, slug: string): Promise<ProcedureDetail> {
  const p = await session.api<ProcedureDetail>(`/wards/hoa-cuong/procedures/${slug}`);
  await page.goto(`${session.base}/procedures/${slug}`);
  await page.getByRole("heading", { level: 1, name: p.name }).waitFor();
  return p;
}

/** The counter's phone the page should offer: the filing office's, else the ward's one-stop counter. */
function expectedPhone(p: ProcedureDetail): string {
  const phone = p.ward.office?.phone ?? ward.offices.find((o) => o.kind === "people-committee" && o.phone)?.phone ?? ward.hotline;
  if (!phone) throw new Error("the demo ward publishes no phone");
  return phone;
}

describe("hộ tịch pages at phone size", () => {
  for (const slug of [
    "dang-ky-khai-sinh",
    "dang-ky-ket-hon",
    "xac-nhan-tinh-trang-hon-nhan",
    "thay-doi-cai-chinh-bo-sung-ho-tich",
    "ghi-chu-ly-hon-o-nuoc-ngoai",
    "cap-ban-sao-trich-luc-ho-tich",
  ]) {
    it(`${slug}: what to ask sits beside the counter's phone, and the portal button opens its record`, async () => {
      const page = session.page;
      const p = await open(page, slug);
      await screens(page, `procedure-${slug}`);
      const ask = page.locator("section.caveats");
      await ask.getByRole("heading", { name: "Nên hỏi trước khi đi" }).waitFor();
      for (const u of p.uncertain) await ask.getByText(u).waitFor();
      const call = ask.getByRole("link", { name: new RegExp(`Gọi bộ phận một cửa ${expectedPhone(p)}`) });
      await expect(call.getAttribute("href")).resolves.toBe(`tel:${expectedPhone(p).replace(/[^\d+]/g, "")}`);
      expect(p.officialUrl && isPortalSearchUrl(p.officialUrl)).toBe(false);
      await page.getByRole("button", { name: /^(Làm trực tuyến trên|Xem trên) Cổng Dịch vụ công$/ }).waitFor();
      await session.expectAccessible(page.url());
    });
  }

  it("a document that has a form offers it from the procedure's portal record", async () => {
    const page = session.page;
    const p = await open(page, "dang-ky-khai-sinh");
    if (!p.officialUrl) throw new Error("khai sinh has no portal record");
    const firstCase = p.documentCases[0];
    if (!firstCase) throw new Error("khai sinh has no cases");
    if (p.documentCases.length > 1) {
      // A case chosen in an earlier test is remembered on the device: go back to the choice.
      const change = page.getByRole("button", { name: "Đổi trường hợp" });
      if (await change.isVisible()) await change.click();
      await page.getByRole("button", { name: firstCase.case, exact: true }).click();
    }
    const withForm = firstCase.documents.find((d) => d.form);
    if (!withForm?.form) throw new Error("khai sinh's first case has no form");
    await session.context.route("https://dichvucong.gov.vn/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Cổng Dịch vụ công</title>" }));
    try {
      const button = page.getByRole("button", { name: `Lấy mẫu tờ khai trên Cổng Dịch vụ công (${withForm.form})` }).first();
      await button.scrollIntoViewIfNeeded();
      await screenshot(page, "procedure-form-link");
      const popup = session.context.waitForEvent("page");
      await button.click();
      const opened = await popup;
      await opened.waitForURL(p.officialUrl);
      await opened.close();
    } finally {
      await session.context.unroute("https://dichvucong.gov.vn/**");
    }
  });

  it("says so when the portal link is only a search for the code", async () => {
    const page = session.page;
    // The first search-only procedure of the real catalogue; when every code has a known record
    // page, khai sinh's answer is given a search link, so the label is still tested.
    const catalogue = await session.api<{ items: ProcedureDetail[] }>("/wards/hoa-cuong/procedure-catalogue");
    const real = catalogue.items.find((p) => p.code !== null && p.officialUrl !== null && isPortalSearchUrl(p.officialUrl));
    const target = real ?? catalogue.items.find((p) => p.slug === "dang-ky-khai-sinh");
    if (!target?.code) throw new Error("no procedure with a code");
    if (!real) {
      await page.route("**/api/v1/wards/hoa-cuong/procedure-catalogue**", async (route) => {
        const res = await route.fetch();
        const body = (await res.json()) as { items: ProcedureDetail[] };
        for (const p of body.items) if (p.slug === target.slug) p.officialUrl = `https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=${p.code ?? ""}`;
        await route.fulfill({ response: res, json: body });
      });
    }
    await open(page, target.slug);
    await page.getByRole("button", { name: `Tìm mã ${target.code} trên Cổng Dịch vụ công` }).waitFor();
    await expect(page.getByRole("button", { name: /^Làm trực tuyến|^Xem trên Cổng/ }).count()).resolves.toBe(0);
  });

  it("reads at 200% text without cutting the ask block or the call button", async () => {
    const page = session.page;
    for (const slug of ["dang-ky-khai-sinh", "dang-ky-ket-hon", "xac-nhan-tinh-trang-hon-nhan"]) {
      await open(page, slug);
      await page.addStyleTag({ content: "html, body { font-size: 34px !important; }" });
      await screens(page, `procedure-${slug}-200`);
      const call = page.locator("section.caveats a.call-button");
      const box = await call.boundingBox();
      expect(box, slug).not.toBeNull();
      // The button stays inside the phone's width, so nothing is cut off at the right.
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390 + 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${slug} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
