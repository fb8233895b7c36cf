import { describe, expect, it } from "vitest";
import type { GuideDetail } from "../../src/shared/schemas/guide-api";
import { VNEID_CHECK } from "../../src/app/features/guides/vneid-check";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
const guide = (slug: string) => session.api<GuideDetail>(`/wards/hoa-cuong/guides/${slug}`);

describe("VNeID guides at phone size", () => {
  // Each path through "Tôi nên làm gì?", as a resident would answer, and where it must lead.
  it.each([
    // Since issue 15 the check asks whether the SIM is in the person's name before level 1, and
    // every question has a "Không biết" that leads to how to find out.
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Chưa có", "Có, đứng tên người đó", "Có NFC"], "level1"],
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Chưa có", "Có, đứng tên người đó", "Không có hoặc không biết"], "level1-qr"],
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Chưa có", "Không biết"], "sim-fix"],
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Không biết"], "account-unknown"],
    [["Từ 14 tuổi trở lên", "Không biết"], "chip-unknown"],
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Có, mức 1"], "level2"],
    [["Từ 14 tuổi trở lên", "Đã có thẻ gắn chip", "Có, mức 2"], "use"],
    [["Từ 14 tuổi trở lên", "Chưa có"], "card"],
    [["Dưới 14 tuổi"], "child"],
  ])("the check %j leads to the %s path and its guide", async (answers, resultId) => {
    const result = VNEID_CHECK[resultId];
    if (result?.kind !== "result") throw new Error(`no result ${resultId}`);
    const expected = await guide(result.guide);
    await session.page.goto(`${session.base}/vneid/check`);
    for (const [i, answer] of answers.entries()) {
      await session.page.getByRole("button", { name: answer, exact: true }).click();
      if (i === 0 && answers.length > 1) {
        // "Quay lại" goes back one question, not out of the check.
        await session.page.getByRole("button", { name: "Quay lại câu trước" }).click();
        await session.page.getByRole("button", { name: answer, exact: true }).click();
      }
    }
    await session.page.getByRole("heading", { level: 1, name: result.path }).waitFor();
    if (resultId === "level1") {
      await screenshot(session.page, "vneid-check-result");
      await session.expectAccessible("check result");
    }
    await session.page.getByRole("link", { name: /Xem hướng dẫn/ }).click();
    await session.page.getByRole("heading", { level: 1, name: expected.title }).waitFor();
  });

  it("remembers the step across a reload and opens a deep-linked step", async () => {
    const level1 = await guide("vneid-dang-ky-muc-1");
    await session.page.goto(`${session.base}/vneid`);
    await screenshot(session.page, "vneid-home");
    await session.expectAccessible("VNeID home");
    await session.page.getByRole("link", { name: level1.title }).click();
    await session.page.getByRole("heading", { level: 1, name: level1.title }).waitFor();
    await session.page.getByRole("button", { name: "Xong bước này" }).click();
    await session.page.getByRole("button", { name: "Xong bước này" }).click();
    await session.page.getByText(`Bước 3/${level1.steps.length} · đã xong 2`).waitFor();
    await screenshot(session.page, "guide-step-3");
    await session.expectAccessible("guide");

    await session.page.reload();
    await session.page.getByText(`Bước 3/${level1.steps.length} · đã xong 2`).waitFor();
    await expect(session.page.getByRole("button", { name: new RegExp(level1.steps[2]?.title ?? "") }).getAttribute("aria-expanded")).resolves.toBe("true");

    await session.page.goto(`${session.base}/guides/vneid-dang-ky-muc-1?step=5`);
    await session.page.getByText(`Bước 5/${level1.steps.length}`).waitFor();
    await expect(session.page.getByRole("button", { name: new RegExp(level1.steps[4]?.title ?? "") }).getAttribute("aria-expanded")).resolves.toBe("true");
  });

  it("shows troubleshooting at the step it belongs to", async () => {
    const level1 = await guide("vneid-dang-ky-muc-1");
    const item = level1.troubleshooting.find((t) => t.step !== undefined);
    if (!item?.step) throw new Error("the guide has no step troubleshooting");
    await session.page.goto(`${session.base}/guides/vneid-dang-ky-muc-1?step=${item.step}`);
    const step = session.page.locator(`#buoc-${item.step}`);
    await step.getByText("Gặp trục trặc ở bước này?").click();
    await step.getByText(item.problem).waitFor();
  });

  it("an assist visit: started by the team member, ended with 'Kết thúc, trả máy' that says what it clears and puts back only the visit", async () => {
    const passcode = await guide("vneid-quen-passcode");
    const own = await guide("vneid-dang-ky-muc-1");
    // The resident's own state from before the visit: a guide half done, and a larger text size.
    await session.page.goto(`${session.base}/guides/${own.slug}`);
    await session.page.getByRole("button", { name: "Xong bước này" }).first().click();
    await session.page.getByText(`Bước 2/${own.steps.length} · đã xong 1`).waitFor();
    await session.page.goto(`${session.base}/`);
    await session.page.getByRole("group", { name: "Cỡ chữ" }).getByRole("button", { name: "Lớn", exact: true }).click();

    await session.page.goto(`${session.base}/vneid`);
    await session.page.getByRole("button", { name: "Bắt đầu hỗ trợ" }).click();
    await session.page.getByRole("heading", { name: "Đang hỗ trợ người dân" }).waitFor();
    const link = session.page.getByRole("link", { name: passcode.title });
    // During the visit, guide links open the walk-through directly.
    await expect.poll(() => link.getAttribute("href")).toMatch(/\/guides\/vneid-quen-passcode\/assist$/);
    await link.click();
    for (let i = 0; i < passcode.steps.length; i++) {
      await session.page.getByText(`Bước ${i + 1}/${passcode.steps.length}`).waitFor();
      await session.page.getByRole("heading", { level: 1, name: passcode.steps[i]?.title }).waitFor();
      if (i === 1) {
        await screenshot(session.page, "assist-mode");
        await session.expectAccessible("assist mode");
        await session.page.getByRole("button", { name: /Quay lại/ }).click();
        await session.page.getByText(`Bước 1/${passcode.steps.length}`).waitFor();
        await session.page.getByRole("button", { name: /Tiếp/ }).click();
      }
      await session.page.getByRole("button", { name: i === passcode.steps.length - 1 ? "Xong" : /Tiếp/ }).click();
    }
    await session.page.getByRole("heading", { name: "Đã xong!" }).waitFor();
    await session.page.getByRole("button", { name: "Kết thúc, trả máy" }).click();
    // Said before anything is cleared: what goes, and what stays.
    const confirm = session.page.getByRole("group", { name: "Trước khi trả máy" });
    await confirm.getByText("Bước đã làm trong 1 hướng dẫn").waitFor();
    await confirm.getByText(/Giữ lại: cỡ chữ, tổ dân phố đã chọn/).waitFor();
    await screenshot(session.page, "assist-end-confirm");
    await session.expectAccessible("assist end confirmation");
    await confirm.getByRole("button", { name: "Xóa và trả máy" }).click();
    await session.page.getByRole("status").filter({ hasText: "Đã xóa những gì làm trong lần hỗ trợ" }).waitFor();
    await screenshot(session.page, "assist-done");

    // The visit's progress is gone; the resident's own progress and text size are as they were.
    await session.page.goto(`${session.base}/guides/vneid-quen-passcode`);
    await session.page.getByText(`Bước 1/${passcode.steps.length} · đã xong 0`).waitFor();
    await session.page.goto(`${session.base}/guides/${own.slug}`);
    await session.page.getByText(`Bước 2/${own.steps.length} · đã xong 1`).waitFor();
    await expect(session.page.evaluate(() => localStorage.getItem("cds:text-size"))).resolves.toBe('"large"');
    // And guides open normally again: the visit is over.
    await session.page.goto(`${session.base}/vneid`);
    await session.page.getByRole("button", { name: "Bắt đầu hỗ trợ" }).waitFor();
    await expect(session.page.getByRole("link", { name: passcode.title }).getAttribute("href")).resolves.toMatch(/\/guides\/vneid-quen-passcode$/);
  });
});
