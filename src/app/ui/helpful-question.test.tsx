import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { usage } from "../lib/usage";
import { HelpfulQuestion } from "./helpful-question";

describe("Thông tin này có giúp ích cho bạn?", () => {
  it("counts the answer once and does not ask again on the same page", async () => {
    const tracked = vi.spyOn(usage, "track");
    const { unmount } = render(<HelpfulQuestion kind="procedure" id="dang-ky-khai-sinh" />);
    fireEvent.click(await screen.findByRole("button", { name: "Không" }));
    expect(tracked).toHaveBeenCalledWith({ type: "helpful", kind: "procedure", id: "dang-ky-khai-sinh", helpful: false });
    expect(screen.getByRole("status").textContent).toContain("Cảm ơn bạn");
    unmount();

    render(<HelpfulQuestion kind="procedure" id="dang-ky-khai-sinh" />);
    await waitFor(() => expect(screen.getByRole("status")).toBeTruthy());
    expect(screen.queryByRole("button", { name: "Có" })).toBeNull();
    expect(tracked).toHaveBeenCalledTimes(1);
  });
});
