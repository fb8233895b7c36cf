import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addStaff } from "../../src/server/services/staff-accounts";
import { ADMIN } from "./app-server";
import { appHasTakenOver, SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
const EDITOR = { login: "bien-tap-vien", password: "mat-khau-bien-tap-2026" };

const LOCKED = { login: "can-bo-bi-khoa", password: "con đường làng rợp bóng tre" };

beforeAll(async () => {
  await addStaff(session.server.db, { login: EDITOR.login, name: "Chị Lan (biên tập)", role: "editor", wards: ["hoa-cuong"], password: EDITOR.password });
  await addStaff(session.server.db, { login: LOCKED.login, name: "Anh Tùng", role: "editor", wards: ["hoa-cuong"], password: LOCKED.password });
});

const desktop = async () => {
  const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors };
};

async function signIn(page: Page, login: string, password: string) {
  await page.goto(`${session.base}/console/`);
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

// Scripts that would set a flag if any of them ran, in the console preview or in the mini app.
const XSS = [
  "**Lịch tiêm chủng** sáng Chủ nhật.",
  "",
  '<script>window.__xss = "script"</script>',
  "",
  '<img src=x onerror="window.__xss = \'img\'">',
  "",
  "[bấm vào đây](javascript:window.__xss='link')",
  "",
  '<a href="#" onmouseover="window.__xss=\'hover\'">di chuột</a>',
].join("\n");

describe("ward office console", () => {
  it("says clearly when the password is wrong", async () => {
    const { page } = await desktop();
    await signIn(page, EDITOR.login, "sai-mat-khau-1234");
    await page.getByRole("alert").filter({ hasText: "không đúng" }).waitFor();
  });

  it("an editor publishes an announcement and the mini app shows it; scripts in the body never run", async () => {
    const { page, errors } = await desktop();
    await signIn(page, EDITOR.login, EDITOR.password);
    await page.getByRole("heading", { name: "Thông báo" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-list.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Soạn thông báo mới" }).click();
    const title = "Tiêm chủng mở rộng sáng Chủ nhật tại trạm y tế";
    await page.getByLabel("Tiêu đề").fill(title);
    await page.getByLabel("Loại thông báo").selectOption("event");
    await page.getByLabel(/Nội dung/).fill(XSS);
    await page.getByTestId("preview").locator("strong", { hasText: "Lịch tiêm chủng" }).waitFor();
    await page.getByTestId("preview").hover();
    await page.getByTestId("preview").getByText("di chuột").hover();
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-editor.png` });
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.getByTestId("preview").innerHTML()).not.toMatch(/<script|onerror|onmouseover|javascript:/i);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Đăng ngay" }).click();
    await page.getByRole("dialog").getByText("Người dân sẽ thấy ngay").waitFor();
    await page.getByRole("dialog").getByRole("button", { name: "Đăng ngay" }).click();
    await page.getByRole("status").filter({ hasText: "Đã đăng" }).waitFor();
    expect(errors).toEqual([]);

    // The resident's phone, another browser context.
    const phone = session.page;
    await phone.goto(session.base);
    await appHasTakenOver(phone);
    await phone.getByRole("heading", { level: 3, name: title }).waitFor();
    await phone.getByRole("heading", { level: 3, name: title }).scrollIntoViewIfNeeded();
    await phone.waitForTimeout(450);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}console-published-on-phone.png` });
    await phone.getByRole("heading", { level: 3, name: title }).click();
    await phone.getByRole("heading", { level: 1, name: title }).waitFor();
    await phone.locator(".prose a").last().hover();
    expect(await phone.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

    // The audit log names who did it.
    await page.getByRole("button", { name: "Quay lại danh sách" }).click();
    await page.getByRole("navigation").getByRole("button", { name: "Nhật ký", exact: true }).click();
    await page.getByRole("cell", { name: EDITOR.login }).first().waitFor();
  });

  it("an admin manages staff; an editor does not see those screens", async () => {
    const admin = await desktop();
    await signIn(admin.page, ADMIN.login, ADMIN.password);
    await admin.page.getByRole("navigation").getByRole("button", { name: "Cán bộ", exact: true }).click();
    await admin.page.getByLabel("Tên đăng nhập").fill("can-bo-moi");
    await admin.page.getByLabel("Họ tên").fill("Anh Minh");
    await admin.page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await admin.page.getByRole("status").filter({ hasText: "Mật khẩu tạm (chỉ hiện lần này)" }).waitFor();
    await admin.page.screenshot({ path: `${SCREENSHOT_DIR}console-staff.png` });
    expect(await seriousAxeViolations(admin.page)).toEqual([]);

    const editor = await desktop();
    await signIn(editor.page, EDITOR.login, EDITOR.password);
    await editor.page.getByRole("heading", { name: "Thông báo" }).waitFor();
    await expect(editor.page.getByRole("button", { name: "Cán bộ" }).count()).resolves.toBe(0);
  });
});

describe("ward content in the console", () => {
  it("an editor withdraws a member's consent and the phone disappears for residents", async () => {
    type PublicTeam = { members: { name: string; phone: string | null }[] };
    const before = await session.api<PublicTeam>("/wards/hoa-cuong/teams/team-htt-1");
    const leader = before.members[0];
    expect(leader?.phone).toBeTruthy();
    const { page, errors } = await desktop();
    await signIn(page, EDITOR.login, EDITOR.password);
    await page.getByRole("navigation").getByRole("button", { name: "Tổ công nghệ số", exact: true }).click();
    await page.getByRole("button", { name: /cụm tổ dân phố 1–4/ }).click();
    await page.getByLabel("Thành viên 1 đồng ý công khai số điện thoại").uncheck();
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-team.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();
    const after = await session.api<PublicTeam>("/wards/hoa-cuong/teams/team-htt-1");
    expect(after.members[0]).toEqual({ ...leader, phone: null });
    expect(errors).toEqual([]);
  });

  it("an editor marks a procedure as handled at another office with a note", async () => {
    const { page } = await desktop();
    await signIn(page, EDITOR.login, EDITOR.password);
    await page.getByRole("navigation").getByRole("button", { name: "Thủ tục", exact: true }).click();
    await page.getByRole("button", { name: "Tách hộ" }).click();
    await page.getByLabel("Ghi chú của phường").fill("Nhận hồ sơ sáng thứ Ba.");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();
    const detail = await session.api<{ ward: { note: string | null } }>("/wards/hoa-cuong/procedures/tach-ho");
    expect(detail.ward.note).toBe("Nhận hồ sơ sáng thứ Ba.");
  });

  it("an admin rewrites a guide's summary and residents read the new text; an editor adds an area", async () => {
    const admin = await desktop();
    await signIn(admin.page, ADMIN.login, ADMIN.password);
    await admin.page.getByRole("navigation").getByRole("button", { name: "Hướng dẫn", exact: true }).click();
    await admin.page.getByRole("button", { name: "Quên passcode VNeID (mã 6 số)" }).click();
    await admin.page.getByLabel("Tóm tắt").fill("Quên mã 6 số: đặt lại ngay trong ứng dụng, không cần ra công an.");
    await admin.page.screenshot({ path: `${SCREENSHOT_DIR}console-guide.png` });
    await admin.page.getByRole("button", { name: "Lưu", exact: true }).click();
    await admin.page.getByRole("status").filter({ hasText: "Mọi phường thấy ngay" }).waitFor();
    await session.page.goto(`${session.base}/guides/vneid-quen-passcode`);
    await session.page.getByText("Quên mã 6 số: đặt lại ngay trong ứng dụng").waitFor();

    const editor = await desktop();
    await signIn(editor.page, EDITOR.login, EDITOR.password);
    await editor.page.getByRole("navigation").getByRole("button", { name: "Tổ dân phố", exact: true }).click();
    await editor.page.getByRole("button", { name: "Thêm tổ dân phố" }).click();
    await editor.page.getByLabel("Mã (chữ thường, không dấu, ví dụ hcb-21)").fill("hcn-41");
    await editor.page.getByLabel("Tên hiện nay").fill("Tổ dân phố 41");
    await editor.page.getByLabel("Tên cũ").fill("Tổ 99, phường Hòa Cường Nam (cũ)");
    await editor.page.getByLabel("Tổ công nghệ số phụ trách").selectOption("team-hcn-3");
    await editor.page.getByRole("button", { name: "Lưu", exact: true }).click();
    await editor.page.getByRole("status").filter({ hasText: "Đã lưu Tổ dân phố 41" }).waitFor();
    const areas = await session.api<{ items: { id: string; teamId: string | null }[] }>("/wards/hoa-cuong/areas?q=to%2099%20hoa%20cuong%20nam");
    expect(areas.items).toEqual([expect.objectContaining({ id: "hcn-41", teamId: "team-hcn-3" })]);
  });
});

// Every refusal a clerk can meet, at a common office screen size, in plain Vietnamese: no English,
// no API jargon, the field by its name on the form.
describe("what a clerk reads when something is refused", () => {
  const office = async () => {
    const context = await session.newContext({ viewport: { width: 1366, height: 768 } });
    return context.newPage();
  };
  const alertText = async (page: Page, showing: RegExp) => {
    const alert = page.getByRole("alert").filter({ hasText: showing });
    await alert.waitFor();
    const text = (await alert.innerText()).trim();
    expect(text).not.toMatch(/\((Wrong|Invalid|Stale|Too many|Password)|must |body\/|api\/docs/);
    return text;
  };

  it("a wrong password, then a lock after five", async () => {
    const page = await office();
    await signIn(page, LOCKED.login, "sai-mat-khau-1234");
    expect(await alertText(page, /không đúng/)).toMatch(/không đúng.*Còn 4 lần thử/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-error-wrong-password.png` });
    for (let i = 0; i < 4; i++) {
      await page.getByLabel("Mật khẩu").fill(`sai-mat-khau-${i}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
    }
    expect(await alertText(page, /tạm bị khóa/)).toMatch(/thử lại sau 15 phút/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-error-locked.png` });
  });

  it("a field in the wrong form, then a save that someone else overtook", async () => {
    const page = await office();
    await signIn(page, EDITOR.login, EDITOR.password);
    await page.getByRole("navigation").getByRole("button", { name: "Tổ công nghệ số", exact: true }).click();
    await page.getByRole("button", { name: /cụm tổ dân phố 5–7/ }).click();
    const phone = page.getByLabel("Điện thoại thành viên 1");
    const original = await phone.inputValue();
    await phone.fill("gọi anh Ba");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    expect(await alertText(page, /Điện thoại/)).toBe('Ô "Điện thoại thành viên 1" không đúng dạng. Hãy sửa ô này rồi bấm lưu lại.');
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-error-validation.png` });
    await phone.fill(original);

    // Meanwhile a colleague saves the same team.
    const colleague = await office();
    await signIn(colleague, ADMIN.login, ADMIN.password);
    await colleague.getByRole("navigation").getByRole("button", { name: "Tổ công nghệ số", exact: true }).click();
    await colleague.getByRole("button", { name: /cụm tổ dân phố 5–7/ }).click();
    await colleague.getByLabel("Nơi sinh hoạt").fill("Nhà văn hóa tổ 6");
    await colleague.getByRole("button", { name: "Lưu", exact: true }).click();
    await colleague.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();

    await page.getByLabel("Nơi sinh hoạt").fill("Hội trường tổ 5");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    expect(await alertText(page, /người khác/)).toMatch(/vừa được người khác sửa.*tải lại/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-error-conflict.png` });
  });

  it("a new member must set their own password; a guessable one is refused", async () => {
    const admin = await office();
    await signIn(admin, ADMIN.login, ADMIN.password);
    await admin.getByRole("navigation").getByRole("button", { name: "Cán bộ", exact: true }).click();
    await admin.getByLabel("Tên đăng nhập").fill("moi-nhan-viec");
    await admin.getByLabel("Họ tên").fill("Chị Hoa");
    await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
    const created = await admin.getByRole("status").filter({ hasText: "Mật khẩu tạm" }).innerText();
    const temporary = /chỉ hiện lần này\): (\S+?)\./.exec(created)?.[1];
    expect(temporary).toBeTruthy();

    const page = await office();
    await signIn(page, "moi-nhan-viec", temporary ?? "");
    await page.getByRole("heading", { name: "Hãy đặt mật khẩu của riêng bạn" }).waitFor();
    expect(await page.getByRole("navigation").count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-forced-change.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel("Mật khẩu hiện tại").fill(temporary ?? "");
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("chihoa123456");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("chihoa123456");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    expect(await alertText(page, /Mật khẩu này/)).toMatch(/^Mật khẩu này có tên đăng nhập, họ tên.*Hãy dùng một câu ngắn/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-error-weak-password.png` });
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("chiếc xe đạp cũ chở mùa thu");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("chiếc xe đạp cũ chở mùa thu");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.getByRole("heading", { name: "Thông báo" }).waitFor();
    await page.getByRole("navigation").getByRole("button", { name: "Đổi mật khẩu" }).waitFor();
  });
});

describe("the ward's own search words", () => {
  it("an editor adds a local phrase that leads to a procedure, and the residents' search finds it", async () => {
    const { page, errors } = await desktop();
    await signIn(page, EDITOR.login, EDITOR.password);
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    await page.getByRole("heading", { name: "Từ đồng nghĩa và tình huống" }).waitFor();
    await page.getByRole("button", { name: "Thêm dòng" }).click();
    await page.getByLabel("Dòng 1: người dân gõ").fill("giấy đi làm ăn xa, giấy đi đường");
    await page.getByLabel("Dòng 1: nghĩa là").fill("tạm vắng");
    await page.getByLabel("Dòng 1: mở mục").selectOption("procedure:khai-bao-tam-vang");
    await page.getByRole("button", { name: "Lưu danh sách" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu 1 dòng" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-search-terms.png` });
    const found = await session.api<{ items: { kind: string; id: string }[] }>(`/wards/hoa-cuong/search?q=${encodeURIComponent("giay di duong")}`);
    expect(found.items[0]).toMatchObject({ kind: "procedure", id: "khai-bao-tam-vang" });
    expect(errors).toEqual([]);
  });
});
