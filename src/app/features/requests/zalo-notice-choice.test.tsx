import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { __resetPlatformForTests } from "../../platform/zalo";
import { emptyDraft, toNewRequest, type RequestDraft } from "./request-draft";
import { ZaloNoticeOptIn } from "./zalo-notice-choice";

// zmp-sdk is the native bridge to the Zalo app, which cannot run here: it is the one thing mocked.
const sdk = vi.hoisted(() => ({ getUserInfo: vi.fn(), followOA: vi.fn() }));
vi.mock("zmp-sdk/apis", () => sdk);

const dom = (globalThis as unknown as { jsdom: { reconfigure(options: { url: string }): void } }).jsdom;
const ZALO_UA = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/25030100 ZaloTheme/light ZaloLanguage/vi";
const OA = "2849503725813917046";

function insideZalo(): () => void {
  dom.reconfigure({ url: "https://h5.zdn.vn/zapps/4318201734512345678/" });
  const ua = Object.getOwnPropertyDescriptor(navigator, "userAgent");
  Object.defineProperty(navigator, "userAgent", { value: ZALO_UA, configurable: true });
  Object.defineProperty(window, "ZaloJavaScriptInterface", { value: { jsCall: vi.fn() }, configurable: true });
  __resetPlatformForTests();
  return () => {
    dom.reconfigure({ url: "http://localhost:3000/" });
    if (ua) Object.defineProperty(navigator, "userAgent", ua);
    else Reflect.deleteProperty(navigator, "userAgent");
    Reflect.deleteProperty(window, "ZaloJavaScriptInterface");
    __resetPlatformForTests();
  };
}

let latest: RequestDraft;
function Form() {
  const [draft, setDraft] = useState<RequestDraft>({ ...emptyDraft(), kind: "report", text: "Cống tắc" });
  latest = draft;
  return <ZaloNoticeOptIn oaId={OA} draft={draft} change={(u) => setDraft((d) => ({ ...d, ...u }))} />;
}

let restore: () => void = () => undefined;
beforeEach(() => {
  sdk.getUserInfo.mockReset();
  sdk.followOA.mockReset();
});
afterEach(() => restore());

describe("Nhận tin báo kết quả qua Zalo", () => {
  it("reads idByOA only once ticked, and the request carries it; unticked, neither the draft nor the request keeps it", async () => {
    restore = insideZalo();
    sdk.getUserInfo.mockResolvedValue({ userInfo: { id: "1", name: "", avatar: "", idByOA: "8765432109876543", followedOA: true } });
    render(<Form />);
    expect(screen.getByText(/phường có thể nhắn cho bạn qua Zalo/)).toBeTruthy();
    expect(sdk.getUserInfo).not.toHaveBeenCalled();
    const box = screen.getByRole("checkbox", { name: "Nhận tin báo kết quả qua Zalo" });
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(sdk.getUserInfo).toHaveBeenCalledExactlyOnceWith({ autoRequestPermission: false });
    expect(toNewRequest(latest).zaloUserId).toBe("8765432109876543");
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(latest).toMatchObject({ notifyByZalo: false, zaloUserId: null });
    expect(toNewRequest(latest)).not.toHaveProperty("zaloUserId");
  });

  it("not following the OA: says so, offers to follow, and after following ticks the line", async () => {
    restore = insideZalo();
    sdk.getUserInfo.mockResolvedValueOnce({ userInfo: { id: "1", followedOA: false } });
    sdk.getUserInfo.mockResolvedValueOnce({ userInfo: { id: "1", idByOA: "8765432109876543", followedOA: true } });
    sdk.followOA.mockResolvedValue(undefined);
    render(<Form />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Nhận tin báo kết quả qua Zalo" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("bạn cần quan tâm Zalo của phường trước");
    expect(alert.textContent).toContain("“Phản ánh của tôi”");
    expect(latest.zaloUserId).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Quan tâm Zalo của phường/ }));
    await waitFor(() => expect(latest).toMatchObject({ notifyByZalo: true, zaloUserId: "8765432109876543" }));
    expect(sdk.followOA).toHaveBeenCalledWith({ id: OA });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("following an OA that is not linked to the app: says plainly that Zalo news is not available, no follow button", async () => {
    restore = insideZalo();
    sdk.getUserInfo.mockResolvedValue({ userInfo: { id: "1", idByOA: "", followedOA: true } });
    render(<Form />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Nhận tin báo kết quả qua Zalo" }));
    expect((await screen.findByRole("alert")).textContent).toContain("chưa được nối với ứng dụng này");
    expect(screen.queryByRole("button", { name: /Quan tâm/ })).toBeNull();
    expect(toNewRequest(latest)).not.toHaveProperty("zaloUserId");
  });
});
