import { describe, expect, it } from "vitest";
import type { AreaList, Team } from "../../src/shared/schemas/team";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();

describe("community teams at phone size", () => {
  it("finds my area by its former ward's name, shows my team, and call and message links work outside Zalo", async () => {
    const api = `${session.base}/api/v1/wards/hoa-cuong`;
    const areas = ((await (await fetch(`${api}/areas`)).json()) as AreaList).items;
    const area = areas.find((a) => a.formerWard === "Hòa Cường Bắc" && a.formerName);
    if (!area?.teamId || !area.formerName) throw new Error("demo data has no such area");
    const team = (await (await fetch(`${api}/teams/${area.teamId}`)).json()) as Team;

    await session.page.goto(`${session.base}/teams`);
    await session.page.getByRole("heading", { name: "Bạn ở tổ dân phố nào?" }).waitFor();
    // Typed as residents do: the old ward's name, no diacritics, plus the old number.
    const oldNumber = /Tổ dân phố (\d+)/.exec(area.formerName)?.[1] ?? "";
    await session.page.getByRole("searchbox", { name: "Tìm tổ dân phố" }).fill(`to ${oldNumber} hoa cuong bac`);
    await screenshot(session.page, "teams-pick-area");
    await session.expectAccessible(session.page.url());
    await session.page.getByRole("button", { name: new RegExp(area.name) }).first().click();

    await session.page.getByRole("heading", { name: team.name }).waitFor();
    await session.page.getByText("Buổi hỗ trợ gần nhất").waitFor();
    const withPhone = team.members.find((m) => m.phone);
    if (!withPhone?.phone) throw new Error("the team has no public phone");
    const digits = withPhone.phone.replace(/\D/g, "");
    await expect(session.page.getByRole("link", { name: `Gọi ${withPhone.name}` }).getAttribute("href")).resolves.toBe(`tel:${digits}`);
    await expect(session.page.getByRole("link", { name: `Nhắn Zalo cho ${withPhone.name}` }).getAttribute("href")).resolves.toBe(`https://zalo.me/${digits}`);
    // A member who did not agree to show a phone has no call button at all.
    const hidden = team.members.find((m) => !m.phone);
    if (hidden) await expect(session.page.getByRole("link", { name: `Gọi ${hidden.name}` }).count()).resolves.toBe(0);
    await screenshot(session.page, "teams-my-team");
    await session.expectAccessible(session.page.url());

    // Remembered on the device.
    await session.page.reload();
    await session.page.getByRole("heading", { name: team.name }).waitFor();
  });

  it("lists all teams and the ward's contacts with opening hours", async () => {
    await session.page.goto(`${session.base}/teams/all`);
    await session.page.getByRole("heading", { name: "Liên hệ của phường" }).waitFor();
    await session.page.getByText("Công an phường Hòa Cường").first().waitFor();
    await expect(session.page.getByRole("link", { name: /113/ }).getAttribute("href")).resolves.toBe("tel:113");
    await session.page.getByRole("searchbox", { name: "Tìm tổ công nghệ số" }).fill("binh thuan");
    await screenshot(session.page, "teams-all");
    await session.expectAccessible(session.page.url());
  });

  it("opens the resident's team from a guide's 'Nhờ tổ công nghệ số hỗ trợ'", async () => {
    await session.page.goto(`${session.base}/guides/vneid-dang-ky-muc-1`);
    await session.page.getByRole("link", { name: "Nhờ tổ công nghệ số hỗ trợ" }).click();
    await session.page.getByRole("heading", { name: "Bạn ở tổ dân phố nào?" }).waitFor();
  });
});
