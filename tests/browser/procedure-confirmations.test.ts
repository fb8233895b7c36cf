import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addStaff } from "../../src/server/services/staff-accounts";
import { ADMIN } from "./app-server";
import type { ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import { SCREENSHOT_DIR, screenshot, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

// A clerk vouches for the documents of khai sinh in the console; the resident's phone shows the date
// beside that part only; a change of the national text takes it away again.
const session = useBrowserSession();
const CLERK = { login: "can-bo-mot-cua", password: "mat-khau-mot-cua-2026" };
const BIRTH = "dang-ky-khai-sinh";
const CONFIRMED = /^Phường Hòa Cường xác nhận ngày (\d{2}\/\d{2}\/\d{4})$/;

beforeAll(async () => {
  await addStaff(session.server.db, { login: CLERK.login, name: "Chị Hoa (một cửa)", role: "editor", wards: ["hoa-cuong"], password: CLERK.password });
});

/** Today on the ward's clock, as the app writes dates. */
const wardToday = () => new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

async function consoleAt1366(who = CLERK): Promise<Page> {
  const context = await session.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${session.base}/console/`);
  await page.getByLabel("Tên đăng nhập").fill(who.login);
  await page.getByLabel("Mật khẩu").fill(who.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("navigation").getByRole("button", { name: "Cần xác nhận", exact: true }).click();
  await page.getByRole("heading", { name: "Cần xác nhận" }).waitFor();
  return page;
}

const documentsCard = (phone: Page) => phone.locator("section", { has: phone.getByRole("heading", { level: 2, name: "Cần mang gì" }) });
/** Brings the documents' heading to the middle of the screen, clear of the app's fixed header. */
const showDocuments = (phone: Page) => phone.getByRole("heading", { level: 2, name: "Cần mang gì" }).evaluate((h) => h.scrollIntoView({ block: "center" }));

describe("the ward confirms its facts", () => {
  it("a clerk confirms the documents of khai sinh; the resident sees the date beside them; a catalogue change clears it", async () => {
    const birth = await session.api<ProcedureDetail>(`/wards/hoa-cuong/procedures/${BIRTH}`);
    const clerk = await consoleAt1366();
    await clerk.getByText("thủ tục cần xác nhận").waitFor();
    await clerk.screenshot({ path: `${SCREENSHOT_DIR}confirmations-queue.png` });
    expect(await seriousAxeViolations(clerk)).toEqual([]);

    await clerk.getByRole("button", { name: birth.name, exact: true }).click();
    await clerk.getByRole("heading", { level: 2, name: birth.name }).waitFor();
    // The national text of the part, beside the ward's state.
    const docsRow = clerk.getByRole("row", { name: /Giấy tờ cần mang/ });
    await docsRow.getByText(birth.documentCases[0]?.documents[0]?.name ?? "?", { exact: false }).first().waitFor();
    await clerk.screenshot({ path: `${SCREENSHOT_DIR}confirmations-detail.png` });
    expect(await seriousAxeViolations(clerk)).toEqual([]);

    await clerk.getByLabel(/Ghi chú khi xác nhận/).fill("Đã đối chiếu với chị Lan ở bộ phận một cửa.");
    await clerk.getByRole("button", { name: "Xác nhận giấy tờ cần mang" }).click();
    await clerk.getByRole("status").filter({ hasText: "Đã xác nhận: Giấy tờ cần mang" }).waitFor();
    await docsRow.getByText("Đã xác nhận").waitFor();
    await docsRow.getByText("Ghi chú: Đã đối chiếu với chị Lan ở bộ phận một cửa.").waitFor();
    await clerk.screenshot({ path: `${SCREENSHOT_DIR}confirmations-confirmed.png` });

    // The resident's phone.
    const phone = session.page;
    await phone.goto(`${session.base}/procedures/${BIRTH}`);
    await phone.getByRole("heading", { level: 1, name: birth.name }).waitFor();
    const line = documentsCard(phone).locator(".part-confirmed");
    await line.waitFor();
    // The page asks which case is the resident's first; the choice is remembered on the phone.
    await documentsCard(phone).getByRole("button", { name: birth.documentCases[0]?.case ?? "?", exact: true }).click();
    expect(await line.innerText()).toMatch(CONFIRMED);
    expect(CONFIRMED.exec(await line.innerText())?.[1]).toBe(wardToday());
    // Only the confirmed part says so: time, fee, online level and where stay silent.
    await expect(phone.locator(".part-confirmed").count()).resolves.toBe(1);
    await showDocuments(phone);
    await screenshot(phone, "procedure-confirmed-phone");
    await session.expectAccessible(phone.url());

    // 200% text, as an older resident sets the phone.
    await phone.addStyleTag({ content: "html { zoom: 2; }" });
    await showDocuments(phone);
    await screenshot(phone, "procedure-confirmed-phone-200");
    const box = await line.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 * 1.01).toBe(true);

    // The national catalogue changes the documents (as the catalogue loader writes a procedure).
    const newName = "Tờ khai đăng ký khai sinh (mẫu mới)";
    await session.server.db.query(
      "update procedures set content = jsonb_set(content, '{documentCases,0,documents,0,name}', to_jsonb($2::text)), updated_at = now() where slug = $1",
      [BIRTH, newName],
    );
    await phone.reload();
    // The app shows its saved copy at once, then fetches what changed: the new text, without the line.
    await documentsCard(phone).getByText(newName).waitFor();
    await expect(documentsCard(phone).locator(".part-confirmed").count()).resolves.toBe(0);
    await expect(phone.getByText(/xác nhận ngày/).count()).resolves.toBe(0);
    await showDocuments(phone);
    await screenshot(phone, "procedure-cleared-phone");

    // Back in the console the part is waiting again, marked as changed.
    await clerk.getByRole("button", { name: "← Quay lại danh sách cần xác nhận" }).click();
    const item = clerk.getByRole("row", { name: new RegExp(birth.name) });
    await item.getByText("Nội dung đã đổi: giấy tờ cần mang").waitFor();
    await clerk.screenshot({ path: `${SCREENSHOT_DIR}confirmations-changed.png` });
  });

  it("the ward admin sets how long a confirmation holds, and the queue says so", async () => {
    const admin = await consoleAt1366(ADMIN);
    await admin.getByText("Mỗi xác nhận có hiệu lực 180 ngày").waitFor();
    // The national admin has the most buttons in the bar: at 1366 px they may take two rows, but
    // no label may break inside itself.
    await admin.screenshot({ path: `${SCREENSHOT_DIR}confirmations-queue-admin.png` });
    const bar = await admin.locator(".topbar").boundingBox();
    expect(bar?.height ?? 999).toBeLessThan(130);
    const heights = await admin.getByRole("navigation").getByRole("button").evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(Math.min(...heights) * 1.5);
    await admin.getByRole("navigation").getByRole("button", { name: "Cài đặt phường", exact: true }).click();
    await admin.getByLabel(/Xác nhận thủ tục có hiệu lực bao nhiêu ngày/).fill("365");
    await admin.getByRole("button", { name: "Lưu cài đặt" }).click();
    await admin.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();
    await admin.getByLabel(/Xác nhận thủ tục có hiệu lực/).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await admin.screenshot({ path: `${SCREENSHOT_DIR}confirmations-settings.png` });
    expect((await session.api<{ reviewPeriodDays: number }>("/wards/hoa-cuong")).reviewPeriodDays).toBe(365);
    await admin.getByRole("navigation").getByRole("button", { name: "Cần xác nhận", exact: true }).click();
    await admin.getByText("Mỗi xác nhận có hiệu lực 365 ngày").waitFor();
  });

  it("confirming all five parts puts one line beside each on the phone, time and fee sharing theirs", async () => {
    // An online level the catalogue states (an unknown one has nothing to confirm).
    await session.server.db.query(`update procedures set content = jsonb_set(content, '{onlineLevel}', '"partial"'), updated_at = now() where slug = 'dang-ky-ket-hon'`);
    const marriage = await session.api<ProcedureDetail>("/wards/hoa-cuong/procedures/dang-ky-ket-hon");
    const clerk = await consoleAt1366();
    await clerk.getByRole("button", { name: marriage.name, exact: true }).click();
    // The ward's own part first: its note, saved the way the procedures screen saves it.
    await clerk.getByRole("button", { name: "Sửa ghi chú của phường" }).click();
    await clerk.getByLabel("Ghi chú của phường (người dân thấy)").fill("Hai người mang theo thẻ căn cước, nộp tại quầy số 2.");
    await clerk.getByRole("button", { name: "Lưu", exact: true }).click();
    await clerk.getByRole("status").filter({ hasText: "Đã lưu phần của phường" }).waitFor();
    await clerk.getByText("Ghi chú của phường: Hai người mang theo thẻ căn cước, nộp tại quầy số 2.").waitFor();
    await clerk.getByRole("button", { name: "Xác nhận cả 5 phần" }).click();
    await clerk.getByRole("status").filter({ hasText: "Đã xác nhận: Giấy tờ cần mang, Thời hạn giải quyết, Lệ phí, Mức trực tuyến, Nơi nộp hồ sơ" }).waitFor();

    const phone = session.page;
    await phone.goto(`${session.base}/procedures/dang-ky-ket-hon`);
    await phone.getByRole("heading", { level: 1, name: marriage.name }).waitFor();
    const lines = phone.locator(".part-confirmed");
    await lines.first().waitFor();
    const today = wardToday();
    await expect(lines.allInnerTexts()).resolves.toEqual([
      `Mức trực tuyến: Phường Hòa Cường xác nhận ngày ${today}`,
      `Phường Hòa Cường xác nhận ngày ${today}`,
      `Thời hạn và lệ phí: Phường Hòa Cường xác nhận ngày ${today}`,
      `Phường Hòa Cường xác nhận ngày ${today}`,
    ]);
    await phone.getByText("Hai người mang theo thẻ căn cước, nộp tại quầy số 2.").waitFor();
    await screenshot(phone, "procedure-all-confirmed-phone");
    await phone.getByRole("heading", { level: 2, name: "Thời gian và lệ phí" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await screenshot(phone, "procedure-all-confirmed-phone-channels");
    await session.expectAccessible(phone.url());
  });
});
