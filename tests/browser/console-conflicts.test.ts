import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addStaff } from "../../src/server/services/staff-accounts";
import { SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

// Issue 14: two clerks in the same notice. The second save meets a 409; the clerk sees both texts
// side by side, picks field by field, saves, and the server keeps the merged text.
const session = useBrowserSession();
const LAN = { login: "van-thu-lan", password: "mat-khau-van-thu-lan-2026" };
const MINH = { login: "van-thu-minh", password: "mat-khau-van-thu-minh-2026" };

beforeAll(async () => {
  await addStaff(session.server.db, { login: LAN.login, name: "Chị Lan", role: "editor", wards: ["hoa-cuong"], password: LAN.password });
  await addStaff(session.server.db, { login: MINH.login, name: "Anh Minh", role: "editor", wards: ["hoa-cuong"], password: MINH.password });
});

async function clerk(who: { login: string; password: string }): Promise<{ page: Page; errors: string[] }> {
  const context = await session.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.base}/console/`);
  await page.getByLabel("Tên đăng nhập").fill(who.login);
  await page.getByLabel("Mật khẩu").fill(who.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("heading", { name: "Thông báo" }).waitFor();
  return { page, errors };
}
const autosaved = (page: Page) => page.getByRole("status").filter({ hasText: "Đã tự lưu" }).waitFor();
type Row = { title: string; body: string; version: number };
const stored = async (id: number) => (await session.server.db.query<Row>("select title, body, version from announcements where id = $1", [id]))[0];

describe("two clerks edit the same announcement", () => {
  it("the second save shows both texts; the clerk merges field by field and the server keeps the merge", async () => {
    const lan = await clerk(LAN);
    await lan.page.getByRole("button", { name: "Soạn thông báo mới" }).click();
    await lan.page.getByLabel("Tiêu đề").fill("Cắt nước khu tổ 3");
    await lan.page.getByLabel(/Nội dung/).fill("Cắt nước từ 8 giờ đến 11 giờ sáng thứ Bảy.");
    await autosaved(lan.page);
    // The address now names the draft: a colleague can open it from a link, and a refresh keeps it.
    await lan.page.waitForURL(/\/console\/announcements\/\d+$/);
    const id = Number(/announcements\/(\d+)$/.exec(lan.page.url())?.[1]);

    const minh = await clerk(MINH);
    await minh.page.goto(lan.page.url());
    await expect(minh.page.getByLabel("Tiêu đề").inputValue()).resolves.toBe("Cắt nước khu tổ 3");
    await minh.page.getByLabel("Tiêu đề").fill("Cắt nước khu tổ 3 và tổ 4");
    await autosaved(minh.page);
    expect((await stored(id))?.title).toBe("Cắt nước khu tổ 3 và tổ 4");

    // Lan, still on the old version, rewrites the title and adds a line to the body.
    await lan.page.getByLabel("Tiêu đề").fill("Tạm ngừng cấp nước tổ 3");
    await lan.page.getByLabel(/Nội dung/).fill("Cắt nước từ 8 giờ đến 11 giờ sáng thứ Bảy.\n\nBà con trữ nước từ tối thứ Sáu.");
    const panel = lan.page.locator(".conflict-panel");
    await panel.getByRole("alert").filter({ hasText: "vừa được người khác sửa" }).waitFor();
    await expect(panel.getByTestId("mine-title").innerText()).resolves.toBe("Tạm ngừng cấp nước tổ 3");
    await expect(panel.getByTestId("theirs-title").innerText()).resolves.toBe("Cắt nước khu tổ 3 và tổ 4");
    await expect(panel.getByTestId("mine-body").innerText()).resolves.toContain("Bà con trữ nước từ tối thứ Sáu.");
    await expect(panel.getByTestId("theirs-body").innerText()).resolves.not.toContain("trữ nước");
    await expect(panel.locator("tr.changed").count()).resolves.toBe(2);
    // Nothing Lan typed is gone from her form while she decides.
    // (#body: while the panel is open, its choice for "Nội dung" carries that label too.)
    await expect(lan.page.locator("#body").inputValue()).resolves.toContain("Bà con trữ nước");
    await panel.scrollIntoViewIfNeeded();
    await lan.page.screenshot({ path: `${SCREENSHOT_DIR}console-conflict-panel.png` });
    expect(await seriousAxeViolations(lan.page)).toEqual([]);

    // Minh's title (it names both tổ), Lan's body.
    await panel.getByRole("radiogroup", { name: "Tiêu đề" }).getByLabel("Bản mới").check();
    await panel.getByRole("button", { name: "Lưu theo lựa chọn" }).click();
    await lan.page.locator(".conflict-panel").waitFor({ state: "detached" });
    await autosaved(lan.page);
    await expect(lan.page.locator("#title").inputValue()).resolves.toBe("Cắt nước khu tổ 3 và tổ 4");
    const merged = await stored(id);
    expect(merged).toEqual({ title: "Cắt nước khu tổ 3 và tổ 4", body: "Cắt nước từ 8 giờ đến 11 giờ sáng thứ Bảy.\n\nBà con trữ nước từ tối thứ Sáu.", version: 3 });

    // A refresh reopens the notice from its address, with the merged text.
    await lan.page.reload();
    await expect(lan.page.locator("#body").inputValue()).resolves.toContain("Bà con trữ nước");
    expect([...lan.errors, ...minh.errors]).toEqual([]);
  });

  it("'Giữ bản của tôi và lưu lại' puts the clerk's changes on top of the newer version", async () => {
    const lan = await clerk(LAN);
    await lan.page.getByRole("button", { name: "Soạn thông báo mới" }).click();
    await lan.page.getByLabel("Tiêu đề").fill("Họp tổ dân phố 7");
    await lan.page.getByLabel(/Nội dung/).fill("Họp lúc 19 giờ tại nhà văn hóa.");
    await autosaved(lan.page);
    await lan.page.waitForURL(/\/console\/announcements\/\d+$/);
    const id = Number(/announcements\/(\d+)$/.exec(lan.page.url())?.[1]);

    const minh = await clerk(MINH);
    await minh.page.goto(lan.page.url());
    await minh.page.getByLabel("Tiêu đề").fill("Họp tổ dân phố 7 (tối thứ Năm)");
    await autosaved(minh.page);

    await lan.page.getByLabel(/Nội dung/).fill("Họp lúc 19 giờ 30 tại nhà văn hóa.");
    const panel = lan.page.locator(".conflict-panel");
    await panel.getByRole("alert").waitFor();
    await panel.getByRole("button", { name: "Giữ bản của tôi và lưu lại" }).click();
    await panel.waitFor({ state: "detached" });
    await autosaved(lan.page);
    expect(await stored(id)).toEqual({ title: "Họp tổ dân phố 7 (tối thứ Năm)", body: "Họp lúc 19 giờ 30 tại nhà văn hóa.", version: 3 });
  });

  it("a team saved by a colleague meanwhile: 'Giữ bản của tôi và lưu lại' keeps both changes", async () => {
    type PublicTeam = { name: string; meetingPlace: string | null };
    const openTeam = async (page: Page) => {
      await page.getByRole("navigation").getByRole("button", { name: "Tổ công nghệ số", exact: true }).click();
      await page.getByRole("button", { name: /cụm tổ dân phố 5–7/ }).click();
    };
    const lan = await clerk(LAN);
    await openTeam(lan.page);
    const minh = await clerk(MINH);
    await openTeam(minh.page);
    await minh.page.getByLabel("Nơi sinh hoạt").fill("Nhà văn hóa tổ 6");
    await minh.page.getByRole("button", { name: "Lưu", exact: true }).click();
    await minh.page.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();

    await lan.page.getByLabel("Tên tổ").fill("Tổ công nghệ số cụm tổ dân phố 5–7 (Hòa Cường Nam)");
    await lan.page.getByRole("button", { name: "Lưu", exact: true }).click();
    const panel = lan.page.locator(".conflict-panel");
    await panel.getByRole("alert").filter({ hasText: "vừa được người khác sửa" }).waitFor();
    await expect(panel.getByTestId("mine-name").innerText()).resolves.toBe("Tổ công nghệ số cụm tổ dân phố 5–7 (Hòa Cường Nam)");
    await expect(panel.getByTestId("theirs-meetingPlace").innerText()).resolves.toBe("Nhà văn hóa tổ 6");
    await lan.page.screenshot({ path: `${SCREENSHOT_DIR}console-conflict-team.png` });
    await panel.getByRole("button", { name: "Giữ bản của tôi và lưu lại" }).click();
    await lan.page.getByRole("status").filter({ hasText: "Đã lưu" }).waitFor();
    const team = await session.api<PublicTeam>("/wards/hoa-cuong/teams/team-htt-2");
    expect(team).toMatchObject({ name: "Tổ công nghệ số cụm tổ dân phố 5–7 (Hòa Cường Nam)", meetingPlace: "Nhà văn hóa tổ 6" });
    expect([...lan.errors, ...minh.errors]).toEqual([]);
  });
});
