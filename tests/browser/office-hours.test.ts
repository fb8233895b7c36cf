import { describe, expect, it } from "vitest";
import { appHasTakenOver, screenshot } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();

const officeStatus = () => session.page.locator(".office-card .status-open, .office-card .status-closed");

async function homeAt(localTime: string): Promise<string> {
  // The phone's clock only: the server and the ward's data are real.
  await session.page.clock.setFixedTime(new Date(`${localTime}+07:00`));
  await session.page.goto(session.base);
  // The page the server drew shows the server's clock; the app's home reads the phone's.
  await appHasTakenOver(session.page);
  await officeStatus().waitFor();
  return officeStatus().innerText();
}

describe("office hours on home, with the ward's holidays and lunch break", () => {
  it("on Quốc khánh says the office is closed for the holiday, never open", async () => {
    const text = await homeAt("2026-09-02T09:00:00");
    expect(text).toContain("Hôm nay nghỉ lễ (Quốc khánh)");
    expect(text).toContain("Mở lại 7:30 ngày mai");
    expect(text).not.toContain("Đang mở cửa");
    await expect(session.page.locator(".office-card").innerText()).resolves.toContain("Hôm nay: Nghỉ lễ (Quốc khánh)");
    await screenshot(session.page, "office-holiday");
  });

  it("during Tết points to the first working day after it, with its date", async () => {
    const text = await homeAt("2026-02-15T10:00:00");
    expect(text).toContain("Hôm nay nghỉ lễ (Tết Nguyên đán). Mở lại 7:30 thứ hai, 23/02");
  });

  it("at noon says lunch break and when it opens again", async () => {
    await expect(homeAt("2026-11-24T12:05:00")).resolves.toContain("Nghỉ trưa, mở lại 13:30");
    await screenshot(session.page, "office-lunch");
  });

  it("is open on Saturday morning where the ward receives people then, and warns of a holiday ahead", async () => {
    await expect(homeAt("2026-08-29T09:00:00")).resolves.toContain("Đang mở cửa, đóng lúc 11:30");
    await expect(session.page.locator(".holiday-notice").innerText()).resolves.toContain("Quốc khánh");
  });
});
