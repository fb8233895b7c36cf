import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { usage } from "../lib/usage";
import { UsageSwitch } from "./usage-switch";

describe("the off switch of usage counts", () => {
  it("says why first, is on by default, and turning it off is remembered on the device", async () => {
    render(<UsageSwitch />);
    expect(screen.getByText(/Phường đếm xem mục nào được mở nhiều/)).toBeTruthy();
    expect(screen.getByText(/Không gửi tên, số điện thoại, mã thiết bị hay vị trí/)).toBeTruthy();
    const toggle = screen.getByRole("checkbox", { name: "Gửi số liệu ẩn danh cho phường" }) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    await waitFor(async () => expect(await usage.isEnabled()).toBe(false));
    expect(Object.keys(localStorage).some((key) => key.endsWith("usage-off") && localStorage.getItem(key) === "true")).toBe(true);
  });
});
