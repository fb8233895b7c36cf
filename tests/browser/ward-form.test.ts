import { beforeAll, describe, expect, it } from "vitest";
import type { Ward } from "../../src/shared/schemas/ward";
import { addStaff } from "../../src/server/services/staff-accounts";
import { SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

// Issue 18: the national role creates a ward with its former units, Zalo OA and branding, then goes on
// to the ward's settings; teams come from a spreadsheet beside the members.

const session = useBrowserSession();
const NATIONAL = { login: "quoc-gia", password: "mat-khau-quoc-gia-2026" };

beforeAll(async () => {
  await addStaff(session.server.db, { login: NATIONAL.login, name: "Chị Hoa (toàn quốc)", role: "admin", wards: ["hoa-cuong"], nationalEditor: true, password: NATIONAL.password });
});

describe("new ward form (national role)", () => {
  it("creates a ward with former units, OA id and branding, then opens its settings; teams import sits on the teams page", async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${session.base}/console/`);
    await page.getByLabel("Tên đăng nhập").fill(NATIONAL.login);
    await page.getByLabel("Mật khẩu").fill(NATIONAL.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();

    await page.getByRole("navigation").getByRole("button", { name: "Tổ công nghệ số", exact: true }).click();
    await page.getByRole("heading", { name: "Tổ công nghệ số từ Excel", exact: true }).waitFor();

    await page.getByRole("navigation").getByRole("button", { name: "Phường", exact: true }).click();
    await page.getByLabel("Mã phường").fill("lien-chieu");
    await page.getByLabel("Tên", { exact: true }).fill("Phường Liên Chiểu");
    await page.getByLabel("Tỉnh, thành phố").fill("Thành phố Đà Nẵng");
    await page.getByLabel("Đơn vị cũ trước sáp nhập").fill("Phường Hòa Minh\nPhường Hòa Khánh Nam");
    await page.getByLabel("Mã Zalo OA").fill("1234567890");
    await page.getByLabel("Tên hiện trên ứng dụng").fill("Liên Chiểu số");
    // The one-stop office, a Saturday morning beside the usual weekdays, a holiday, the city's channel.
    await page.getByLabel("Địa chỉ (số nhà, đường)").fill("50 Nguyễn Lương Bằng");
    const office = page.getByRole("group", { name: "Bộ phận một cửa" });
    await office.getByRole("button", { name: "Thêm buổi" }).click();
    const saturday = office.getByRole("group", { name: "Buổi 3" });
    for (const day of ["T2", "T3", "T4", "T5", "T6"]) await saturday.getByLabel(day).uncheck();
    await saturday.getByLabel("T7").check();
    await page.getByRole("button", { name: "Thêm ngày nghỉ" }).click();
    await page.getByLabel("Ngày nghỉ 1", { exact: true }).fill("2027-09-02");
    await page.getByLabel("Tên ngày nghỉ 1").fill("Quốc khánh");
    await page.getByLabel("Tên kênh").fill("Tổng đài 1022 Đà Nẵng");
    await page.getByLabel("Số điện thoại của kênh").fill("0236 1022");
    await page.getByLabel("Địa chỉ logo").fill("http://example.vn/logo.png");
    await page.getByRole("button", { name: "Tạo phường" }).click();
    await page.getByText("Địa chỉ logo phải bắt đầu bằng https://").waitFor();
    await page.getByLabel("Địa chỉ logo").fill("https://example.vn/logo.png");
    await page.getByRole("button", { name: "Tạo phường" }).click();
    await page.getByText("Đã tạo Phường Liên Chiểu (mã lien-chieu)").waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-new-ward.png`, fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [row] = await session.server.db.query<{ former_units: { name: string }[]; zalo_oa_id: string; branding: { title: string } }>("select former_units, zalo_oa_id, branding from wards where slug = 'lien-chieu'");
    expect(row?.former_units.map((u) => u.name)).toEqual(["Phường Hòa Minh", "Phường Hòa Khánh Nam"]);
    expect(row?.zalo_oa_id).toBe("1234567890");
    expect(row?.branding.title).toBe("Liên Chiểu số");
    const ward = await session.api<Ward>("/wards/lien-chieu");
    expect(ward.offices.map((o) => o.address)).toEqual(["50 Nguyễn Lương Bằng"]);
    expect(ward.offices[0]?.hours.at(-1)).toEqual({ days: [6], open: "07:30", close: "11:30" });
    expect(ward.holidays).toEqual([{ date: "2027-09-02", name: "Quốc khánh" }]);
    expect(ward.cityChannel).toEqual({ name: "Tổng đài 1022 Đà Nẵng", phone: "0236 1022", url: null });

    await page.getByRole("button", { name: "Cài đặt phường: văn phòng, giờ làm việc" }).click();
    await page.getByRole("heading", { name: "Cài đặt phường" }).waitFor();
    expect(errors).toEqual([]);
  });
});
