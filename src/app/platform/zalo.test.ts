import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  __resetPlatformForTests,
  callPhone,
  followZaloOa,
  getDeviceLocation,
  openZaloOaChat,
  getZaloUserId,
  getOaFollower,
  isInsideZalo,
  onAppResume,
  openWebPage,
  openZaloChat,
  saveImage,
  pickImage,
  scanQR,
  shareLink,
  storage,
} from "./zalo";
import { ZaloError, toZaloError } from "./zalo-error";

// zmp-sdk is the native bridge to the Zalo app, which cannot run here: it is the one thing mocked.
const sdk = vi.hoisted(() => ({
  openPhone: vi.fn(),
  saveImageToGallery: vi.fn(),
  openChat: vi.fn(),
  followOA: vi.fn(),
  getLocation: vi.fn(),
  openWebview: vi.fn(),
  openShareSheet: vi.fn(),
  scanQRCode: vi.fn(),
  chooseImage: vi.fn(),
  getUserID: vi.fn(),
  getUserInfo: vi.fn(),
  getStorage: vi.fn(),
  setStorage: vi.fn(),
  removeStorage: vi.fn(),
  nativeStorage: { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() },
  events: { on: vi.fn(), off: vi.fn() },
  EventName: { AppResumed: "h5.event.resumed" },
}));
vi.mock("zmp-sdk/apis", () => sdk);

// ---------------------------------------------------------------------------------------------
// Simulated environments: what the detection reads (URL, user agent, bridge global).

/** Vitest's jsdom environment exposes the JSDOM instance; reconfigure() changes the URL in place. */
const dom = (globalThis as unknown as { jsdom: { reconfigure(options: { url: string }): void } }).jsdom;

const BROWSER_URL = "http://localhost:3000/";
const ZALO_URL = "https://h5.zdn.vn/zapps/4318201734512345678/";
const ZALO_UA =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 " +
  "Mobile Safari/537.36 Zalo android/25030100 ZaloTheme/light ZaloLanguage/vi";
const DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36";

type Writable = Record<string, unknown>;
const temporaries: Array<() => void> = [];

/** Defines a property for one test; afterEach puts the original back. */
function setTemporarily(target: object, key: string, value: unknown): void {
  const original = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  temporaries.push(() => {
    if (original) Object.defineProperty(target, key, original);
    else Reflect.deleteProperty(target, key);
  });
}

interface EnvironmentOptions {
  url?: string;
  userAgent?: string;
  bridge?: boolean;
}

function simulate({ url = ZALO_URL, userAgent = ZALO_UA, bridge = true }: EnvironmentOptions = {}): void {
  dom.reconfigure({ url });
  temporaries.push(() => {
    dom.reconfigure({ url: BROWSER_URL });
  });
  setTemporarily(navigator, "userAgent", userAgent);
  if (bridge) setTemporarily(window, "ZaloJavaScriptInterface", { jsCall: vi.fn() });
  __resetPlatformForTests();
}

function insideZalo(): void {
  simulate();
}

function sdkError(code: number, api: string, message = "sdk says no"): object {
  // The shape zmp-sdk rejects with: AppError#toJSON(), a plain object.
  return { code, message, api, detail: undefined };
}

function throwValue(value: unknown): never {
  throw value;
}

/** Records links followed by clicking an <a>, and stops jsdom from trying to navigate. */
function captureLinkClicks(): string[] {
  const hrefs: string[] = [];
  const onClick = (event: MouseEvent): void => {
    if (event.target instanceof HTMLAnchorElement) {
      hrefs.push(event.target.href);
      event.preventDefault();
    }
  };
  document.addEventListener("click", onClick);
  temporaries.push(() => {
    document.removeEventListener("click", onClick);
  });
  return hrefs;
}

function spyWindowOpen() {
  return vi.spyOn(window, "open").mockReturnValue(null);
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input in the document");
  return input;
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change"));
}

async function settled<T>(promise: Promise<T>): Promise<boolean> {
  let done = false;
  const markDone = (): void => {
    done = true;
  };
  promise.then(markDone, markDone);
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

beforeEach(() => {
  vi.resetAllMocks();
  window.localStorage.clear();
  __resetPlatformForTests();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  while (temporaries.length > 0) temporaries.pop()?.();
  document.body.replaceChildren();
  window.localStorage.clear();
  __resetPlatformForTests();
});

// ---------------------------------------------------------------------------------------------

describe("isInsideZalo", () => {
  it("is false in a plain browser page", () => {
    expect(isInsideZalo()).toBe(false);
  });

  it("is true in Zalo's webview: bridge, mini-app host and path, Zalo mobile user agent", () => {
    insideZalo();
    expect(isInsideZalo()).toBe(true);
  });

  it("accepts Zalo's on-device dev mode (?env=TESTING_LOCAL) as the SDK does", () => {
    simulate({ url: "https://h5.zdn.vn/some/dev/path?env=TESTING_LOCAL" });
    expect(isInsideZalo()).toBe(true);
  });

  it("is false on Zalo's host without the bridge, where SDK calls would hang", () => {
    simulate({ bridge: false });
    expect(isInsideZalo()).toBe(false);
  });

  it("is false with a bridge on another host, where the SDK fakes or rejects", () => {
    simulate({ url: BROWSER_URL });
    expect(isInsideZalo()).toBe(false);
  });

  it("is false for a desktop user agent, to which the SDK answers 'not supported'", () => {
    simulate({ userAgent: DESKTOP_UA });
    expect(isInsideZalo()).toBe(false);
  });

  it("decides once until the test-only reset", () => {
    insideZalo();
    expect(isInsideZalo()).toBe(true);
    delete (window as unknown as Writable).ZaloJavaScriptInterface;
    expect(isInsideZalo()).toBe(true);
    __resetPlatformForTests();
    expect(isInsideZalo()).toBe(false);
  });
});

describe("toZaloError", () => {
  it.each([
    [-1409, "rate-limited"],
    [-1410, "rate-limited"],
    [-2000, "unavailable"],
    [-1404, "unavailable"],
    [-2002, "denied"],
    [-1401, "denied"],
    [-1403, "denied"],
    [-2003, "cancelled"],
    [-1408, "timeout"],
    [-1400, "unknown"],
  ] as const)("maps SDK code %i to %s", (code, kind) => {
    expect(toZaloError(sdkError(code, "someApi")).kind).toBe(kind);
  });

  it("keeps code, api and message, and is a real Error", () => {
    const error = toZaloError(sdkError(-1409, "openShareSheet", "Request limit exceeded."), "fallbackName");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ZaloError);
    expect(error).toMatchObject({ code: -1409, api: "openShareSheet", message: "Request limit exceeded." });
  });

  it("reads string codes, the SDK's not-found shape and thrown Errors", () => {
    expect(toZaloError({ code: "-2002", message: "User denied" })).toMatchObject({ kind: "denied", code: -2002 });
    expect(toZaloError({ error: -1404, errorMessage: "x is not found" }, "x")).toMatchObject({
      kind: "unavailable",
      api: "x",
      message: "x is not found",
    });
    expect(toZaloError(new TypeError("boom"), "scanQRCode")).toMatchObject({ kind: "unknown", api: "scanQRCode" });
  });
});

describe("SDK calls: timeouts and errors", () => {
  it("rejects with a timeout when the SDK never answers, and not before", async () => {
    insideZalo();
    vi.useFakeTimers();
    sdk.openPhone.mockReturnValue(new Promise<void>(() => {}));

    const call = callPhone("0236 3822 123");
    const outcome = expect(call).rejects.toMatchObject({ name: "ZaloError", kind: "timeout", api: "openPhone" });
    // The default is about 4 s: long for a native answer, short for a resident waiting on a tap.
    await vi.advanceTimersByTimeAsync(3_999);
    expect(sdk.openPhone).toHaveBeenCalledOnce();
    expect(await settled(call)).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it("gives getUserID, which first fetches a token over the network, 10 s", async () => {
    insideZalo();
    vi.useFakeTimers();
    sdk.getUserID.mockReturnValue(new Promise(() => {}));

    const call = getZaloUserId();
    const outcome = expect(call).rejects.toMatchObject({ kind: "timeout", api: "getUserID" });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(await settled(call)).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it("gives the share sheet, where the user takes time, far longer than the default", async () => {
    insideZalo();
    vi.useFakeTimers();
    sdk.openShareSheet.mockReturnValue(new Promise(() => {}));

    const call = shareLink({ title: "Hướng dẫn", url: "https://example.org/guide" });
    const outcome = expect(call).rejects.toMatchObject({ kind: "timeout", api: "openShareSheet" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await settled(call)).toBe(false);

    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await outcome;
  });

  it("turns an SDK rate-limit object into a rate-limited ZaloError", async () => {
    insideZalo();
    sdk.openPhone.mockRejectedValue(sdkError(-1409, "openPhone", "Request limit exceeded."));
    await expect(callPhone("0236 3822 123")).rejects.toMatchObject({
      name: "ZaloError",
      kind: "rate-limited",
      code: -1409,
      api: "openPhone",
    });
  });

  it("turns a user refusal into a denied ZaloError", async () => {
    insideZalo();
    sdk.getUserID.mockRejectedValue(sdkError(-2002, "getUserID", "User denied"));
    const error: unknown = await getZaloUserId().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloError);
    expect(error).toMatchObject({ kind: "denied", code: -2002 });
  });
});

describe("callPhone", () => {
  it("inside Zalo opens the dialer through openPhone with the cleaned number", async () => {
    insideZalo();
    const links = captureLinkClicks();
    sdk.openPhone.mockResolvedValue(undefined);

    await callPhone(" +84 (236) 3.822.123 ");

    expect(sdk.openPhone).toHaveBeenCalledWith({ phoneNumber: "+842363822123" });
    expect(links).toEqual([]);
  });

  it("outside Zalo follows a tel: link and leaves the SDK alone", async () => {
    const links = captureLinkClicks();
    await callPhone("0236 3822-123");
    expect(links).toEqual(["tel:02363822123"]);
    expect(sdk.openPhone).not.toHaveBeenCalled();
    expect(document.querySelector("a")).toBeNull();
  });

  it("inside an old Zalo without openPhone falls back to the tel: link", async () => {
    insideZalo();
    const links = captureLinkClicks();
    sdk.openPhone.mockRejectedValue(sdkError(-1404, "openPhone", "not supported"));
    await callPhone("0236 3822 123");
    expect(links).toEqual(["tel:02363822123"]);
  });

  it("rejects text without digits as a caller bug", async () => {
    await expect(callPhone("gọi tổ trưởng")).rejects.toBeInstanceOf(RangeError);
  });
});

describe("saveImage", () => {
  const png = "data:image/png;base64,iVBORw0KGgo=";

  it("inside Zalo saves to the gallery", async () => {
    insideZalo();
    const links = captureLinkClicks();
    sdk.saveImageToGallery.mockResolvedValue(undefined);
    await saveImage(png, "ma-qr.png");
    expect(sdk.saveImageToGallery).toHaveBeenCalledWith({ imageBase64Data: png });
    expect(links).toEqual([]);
  });

  it("outside Zalo downloads the file under the given name", async () => {
    let downloaded: string | null = null;
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement) {
        downloaded = event.target.download;
        event.preventDefault();
      }
    };
    document.addEventListener("click", onClick);
    try {
      await saveImage(png, "ma-qr.png");
    } finally {
      document.removeEventListener("click", onClick);
    }
    expect(downloaded).toBe("ma-qr.png");
    expect(sdk.saveImageToGallery).not.toHaveBeenCalled();
  });

  it("rejects anything but an image data URL", async () => {
    await expect(saveImage("https://example.com/a.png", "a.png")).rejects.toBeInstanceOf(RangeError);
  });
});

describe("openZaloChat", () => {
  it("inside Zalo opens the zalo.me link in Zalo's in-app browser, not openChat (which wants a user id)", async () => {
    insideZalo();
    sdk.openWebview.mockResolvedValue(undefined);
    await openZaloChat("+84 912 345 678");
    expect(sdk.openWebview).toHaveBeenCalledWith({ url: "https://zalo.me/0912345678" });
    expect(sdk.openChat).not.toHaveBeenCalled();
  });

  it.each(["+84 912 345 678", "84912345678", "0912.345.678"])(
    "outside Zalo opens https://zalo.me/0912345678 for %s",
    async (phone) => {
      const open = spyWindowOpen();
      await openZaloChat(phone);
      expect(open).toHaveBeenCalledWith("https://zalo.me/0912345678", "_blank", "noopener");
      expect(sdk.openWebview).not.toHaveBeenCalled();
    },
  );
});

describe("openWebPage", () => {
  const page = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html";

  it("inside Zalo uses openWebview", async () => {
    insideZalo();
    const open = spyWindowOpen();
    sdk.openWebview.mockResolvedValue(undefined);
    await openWebPage(page);
    expect(sdk.openWebview).toHaveBeenCalledWith({ url: page });
    expect(open).not.toHaveBeenCalled();
  });

  it("outside Zalo opens a new tab without giving it access to this page", async () => {
    const open = spyWindowOpen();
    await openWebPage(page);
    expect(open).toHaveBeenCalledWith(page, "_blank", "noopener");
  });

  it("refuses non-http URLs everywhere", async () => {
    insideZalo();
    const open = spyWindowOpen();
    await expect(openWebPage("javascript:alert(1)")).rejects.toBeInstanceOf(RangeError);
    expect(sdk.openWebview).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});

describe("shareLink", () => {
  const input = { title: "Cài VNeID mức 2", text: "Làm theo từng bước", url: "https://example.org/guides/vneid" };

  describe("inside Zalo", () => {
    beforeEach(insideZalo);

    it("opens Zalo's share sheet for the link", async () => {
      sdk.openShareSheet.mockResolvedValue({ status: 2, shareType: 0, numberOfUser: 1 });
      await expect(shareLink(input)).resolves.toBe("shared");
      expect(sdk.openShareSheet).toHaveBeenCalledWith({
        type: "link",
        data: { link: input.url, chatOnly: false },
      });
    });

    it("sends a mini-app card that opens the shared page when it has the page's path and a thumbnail", async () => {
      sdk.openShareSheet.mockResolvedValue({ status: 2, shareType: 0, numberOfUser: 1 });
      const page = { ...input, path: "/guides/vneid?step=2", thumbnail: "https://example.org/logo.png" };
      await expect(shareLink(page)).resolves.toBe("shared");
      expect(sdk.openShareSheet).toHaveBeenCalledWith({
        type: "zmp_deep_link",
        data: { title: input.title, description: input.text, thumbnail: page.thumbnail, path: page.path },
      });
    });

    it("falls back to the bare link without an https thumbnail (Zalo's card needs one)", async () => {
      sdk.openShareSheet.mockResolvedValue({ status: 2, shareType: 0, numberOfUser: 1 });
      await shareLink({ ...input, path: "/guides/vneid", thumbnail: null });
      await shareLink({ ...input, path: "/guides/vneid", thumbnail: "http://example.org/logo.png" });
      expect(sdk.openShareSheet.mock.calls.map(([arg]) => (arg as { type: string }).type)).toEqual(["link", "link"]);
    });

    it("reports a closed sheet or a user cancel as cancelled", async () => {
      sdk.openShareSheet.mockResolvedValueOnce({ status: 0, shareType: 0, numberOfUser: 0 });
      await expect(shareLink(input)).resolves.toBe("cancelled");
      sdk.openShareSheet.mockRejectedValueOnce(sdkError(-2003, "openShareSheet", "User cancel"));
      await expect(shareLink(input)).resolves.toBe("cancelled");
    });

    it("passes the rate limit on to the caller", async () => {
      sdk.openShareSheet.mockRejectedValue(sdkError(-1409, "openShareSheet"));
      await expect(shareLink(input)).rejects.toMatchObject({ kind: "rate-limited" });
    });
  });

  describe("outside Zalo", () => {
    it("uses the Web Share API when there is one", async () => {
      const share = vi.fn().mockResolvedValue(undefined);
      setTemporarily(navigator, "share", share);
      await expect(shareLink(input)).resolves.toBe("shared");
      expect(share).toHaveBeenCalledWith({ title: input.title, text: input.text, url: input.url });
      expect(sdk.openShareSheet).not.toHaveBeenCalled();
    });

    it("treats dismissing the share dialog (AbortError) as cancelled and copies nothing", async () => {
      const writeText = vi.fn().mockResolvedValue(undefined);
      setTemporarily(navigator, "share", vi.fn().mockRejectedValue(new DOMException("dismissed", "AbortError")));
      setTemporarily(navigator, "clipboard", { writeText });
      await expect(shareLink(input)).resolves.toBe("cancelled");
      expect(writeText).not.toHaveBeenCalled();
    });

    it("copies the link when the share API refuses for another reason", async () => {
      const writeText = vi.fn().mockResolvedValue(undefined);
      setTemporarily(navigator, "share", vi.fn().mockRejectedValue(new DOMException("no gesture", "NotAllowedError")));
      setTemporarily(navigator, "clipboard", { writeText });
      await expect(shareLink(input)).resolves.toBe("copied");
      expect(writeText).toHaveBeenCalledWith(input.url);
    });

    it("copies the link with the Clipboard API when there is no share API", async () => {
      const writeText = vi.fn().mockResolvedValue(undefined);
      setTemporarily(navigator, "clipboard", { writeText });
      await expect(shareLink(input)).resolves.toBe("copied");
      expect(writeText).toHaveBeenCalledWith(input.url);
    });

    it("falls back to a selected textarea and execCommand('copy') when the Clipboard API fails", async () => {
      setTemporarily(navigator, "clipboard", { writeText: vi.fn().mockRejectedValue(new Error("denied")) });
      let copiedText: string | undefined;
      const execCommand = vi.fn((command: string) => {
        const area = document.querySelector("textarea");
        copiedText = area?.value.slice(area.selectionStart, area.selectionEnd);
        return command === "copy";
      });
      setTemporarily(document, "execCommand", execCommand);

      await expect(shareLink(input)).resolves.toBe("copied");
      expect(execCommand).toHaveBeenCalledWith("copy");
      expect(copiedText).toBe(input.url);
      expect(document.querySelector("textarea")).toBeNull();
    });

    it("rejects as unavailable when nothing can share or copy", async () => {
      setTemporarily(document, "execCommand", vi.fn(() => false));
      await expect(shareLink(input)).rejects.toMatchObject({ name: "ZaloError", kind: "unavailable" });
    });
  });
});

describe("storage", () => {
  describe("outside Zalo (localStorage)", () => {
    it("stores JSON under a cds: prefix and reads it back", async () => {
      await storage.setItem("guide:vneid", { step: 3, done: false });
      expect(window.localStorage.getItem("cds:guide:vneid")).toBe('{"step":3,"done":false}');
      await expect(storage.getItem<{ step: number }>("guide:vneid")).resolves.toEqual({ step: 3, done: false });
      expect(sdk.nativeStorage.setItem).not.toHaveBeenCalled();
    });

    it("returns null for a missing key and after removal", async () => {
      await expect(storage.getItem("nothing")).resolves.toBeNull();
      await storage.setItem("k", "v");
      await storage.removeItem("k");
      expect(window.localStorage.getItem("cds:k")).toBeNull();
      await expect(storage.getItem("k")).resolves.toBeNull();
    });

    it("returns null for corrupt JSON instead of throwing", async () => {
      window.localStorage.setItem("cds:broken", "{not json");
      await expect(storage.getItem("broken")).resolves.toBeNull();
    });

    it("keeps values in memory for the session when localStorage throws (private mode, full quota)", async () => {
      vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
        throw new DOMException("quota", "QuotaExceededError");
      });
      await expect(storage.setItem("lastStep", 4)).resolves.toBeUndefined();
      await expect(storage.getItem("lastStep")).resolves.toBe(4);

      __resetPlatformForTests(); // a new session: memory is gone, nothing was persisted
      await expect(storage.getItem("lastStep")).resolves.toBeNull();
    });

    it("reads null when localStorage cannot even be read", async () => {
      vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
        throw new DOMException("blocked", "SecurityError");
      });
      await expect(storage.getItem("anything")).resolves.toBeNull();
    });

    it("remembers a removal that could not be persisted", async () => {
      await storage.setItem("k", 1);
      vi.spyOn(Storage.prototype, "removeItem").mockImplementation(() => {
        throw new Error("blocked");
      });
      await storage.removeItem("k");
      await expect(storage.getItem("k")).resolves.toBeNull();
    });
  });

  describe("inside Zalo (native storage)", () => {
    beforeEach(insideZalo);

    it("uses nativeStorage with the same prefix and JSON", async () => {
      sdk.nativeStorage.getItem.mockReturnValue('{"areaId":7}');
      await storage.setItem("area", { areaId: 7 });
      expect(sdk.nativeStorage.setItem).toHaveBeenCalledWith("cds:area", '{"areaId":7}');
      await expect(storage.getItem("area")).resolves.toEqual({ areaId: 7 });
      expect(sdk.nativeStorage.getItem).toHaveBeenCalledWith("cds:area");
      await storage.removeItem("area");
      expect(sdk.nativeStorage.removeItem).toHaveBeenCalledWith("cds:area");
      expect(window.localStorage.length).toBe(0);
    });

    it("treats native empty answers and corrupt JSON as absent", async () => {
      sdk.nativeStorage.getItem.mockReturnValueOnce(null).mockReturnValueOnce("").mockReturnValueOnce("{oops");
      await expect(storage.getItem("a")).resolves.toBeNull();
      await expect(storage.getItem("a")).resolves.toBeNull();
      await expect(storage.getItem("a")).resolves.toBeNull();
    });

    it("falls back to getStorage/setStorage/removeStorage when nativeStorage throws", async () => {
      // nativeStorage is synchronous: it throws the SDK's plain error object.
      const notSupported = (): never => throwValue(sdkError(-1404, "getItem", "This API is not supported in this version of Zalo"));
      sdk.nativeStorage.getItem.mockImplementation(notSupported);
      sdk.nativeStorage.setItem.mockImplementation(notSupported);
      sdk.nativeStorage.removeItem.mockImplementation(notSupported);
      sdk.setStorage.mockResolvedValue({ errorKeys: [] });
      sdk.getStorage.mockResolvedValue({ "cds:area": '{"areaId":9}' });
      sdk.removeStorage.mockResolvedValue({ errorKeys: [] });

      await storage.setItem("area", { areaId: 9 });
      expect(sdk.setStorage).toHaveBeenCalledWith({ data: { "cds:area": '{"areaId":9}' } });
      await expect(storage.getItem("area")).resolves.toEqual({ areaId: 9 });
      expect(sdk.getStorage).toHaveBeenCalledWith({ keys: ["cds:area"] });
      await storage.removeItem("area");
      expect(sdk.removeStorage).toHaveBeenCalledWith({ keys: ["cds:area"] });
    });

    it("keeps the value for the session when no native storage works", async () => {
      sdk.nativeStorage.setItem.mockImplementation(() => {
        throw new Error("Failed to set item: cds:x");
      });
      sdk.setStorage.mockRejectedValue(sdkError(-2000, "setStorage"));
      await storage.setItem("x", [1, 2]);
      await expect(storage.getItem("x")).resolves.toEqual([1, 2]);
      expect(sdk.nativeStorage.getItem).not.toHaveBeenCalled();
    });
  });
});

describe("scanQR", () => {
  describe("inside Zalo", () => {
    beforeEach(insideZalo);

    it("returns the text decoded by Zalo's scanner", async () => {
      sdk.scanQRCode.mockResolvedValue({ content: "00020101021138570010A000000727" });
      await expect(scanQR()).resolves.toEqual({ kind: "text", text: "00020101021138570010A000000727" });
      expect(sdk.scanQRCode).toHaveBeenCalledOnce();
      expect(document.querySelector("input")).toBeNull();
    });

    it("reports closing the scanner as cancelled", async () => {
      sdk.scanQRCode.mockResolvedValueOnce({ content: "" });
      await expect(scanQR()).resolves.toEqual({ kind: "cancelled" });
      sdk.scanQRCode.mockRejectedValueOnce(sdkError(-2003, "scanQRCode", "User cancel"));
      await expect(scanQR()).resolves.toEqual({ kind: "cancelled" });
    });

    it("passes a camera refusal on as denied", async () => {
      sdk.scanQRCode.mockRejectedValue(sdkError(-2002, "scanQRCode", "User denied"));
      await expect(scanQR()).rejects.toMatchObject({ kind: "denied" });
    });
  });

  describe("outside Zalo", () => {
    it("asks for a photo from the rear camera and returns the file", async () => {
      const result = scanQR();
      const input = fileInput();
      expect(input.accept).toBe("image/*");
      expect(input.getAttribute("capture")).toBe("environment");
      expect(input.hidden).toBe(true);

      const photo = new File(["qr"], "qr.jpg", { type: "image/jpeg" });
      choose(input, [photo]);
      await expect(result).resolves.toEqual({ kind: "image", file: photo });
      expect(document.querySelector("input")).toBeNull();
      expect(sdk.scanQRCode).not.toHaveBeenCalled();
    });

    it("is cancelled when the picker is dismissed", async () => {
      const result = scanQR();
      fileInput().dispatchEvent(new Event("cancel"));
      await expect(result).resolves.toEqual({ kind: "cancelled" });
      expect(document.querySelector("input")).toBeNull();
    });

    it("is cancelled when the picker closes with nothing chosen", async () => {
      const result = scanQR();
      choose(fileInput(), []);
      await expect(result).resolves.toEqual({ kind: "cancelled" });
    });
  });
});

describe("pickImage", () => {
  it("outside Zalo offers a file input (gallery or camera) and returns the chosen file", async () => {
    const result = pickImage();
    const input = fileInput();
    expect(input.accept).toBe("image/*");
    expect(input.hasAttribute("capture")).toBe(false);
    const image = new File(["png"], "giay-to.png", { type: "image/png" });
    choose(input, [image]);
    await expect(result).resolves.toBe(image);
  });

  it("returns null when the user dismisses the picker", async () => {
    const result = pickImage();
    fileInput().dispatchEvent(new Event("cancel"));
    await expect(result).resolves.toBeNull();
  });

  it("inside Zalo uses the same file input, not chooseImage (which never settles on cancel)", async () => {
    insideZalo();
    const result = pickImage();
    const image = new File(["png"], "a.png", { type: "image/png" });
    choose(fileInput(), [image]);
    await expect(result).resolves.toBe(image);
    expect(sdk.chooseImage).not.toHaveBeenCalled();
  });

  it("fails fast instead of waiting forever when the tap's user activation is gone", async () => {
    setTemporarily(navigator, "userActivation", { isActive: false, hasBeenActive: true });
    await expect(pickImage()).rejects.toMatchObject({ kind: "unavailable", api: "file-input" });
    expect(document.querySelector("input")).toBeNull();
  });
});

describe("getZaloUserId", () => {
  it("is null outside Zalo without asking the SDK", async () => {
    await expect(getZaloUserId()).resolves.toBeNull();
    expect(sdk.getUserID).not.toHaveBeenCalled();
  });

  it("inside Zalo returns the id from getUserID", async () => {
    insideZalo();
    sdk.getUserID.mockResolvedValue("5432109876543210");
    await expect(getZaloUserId()).resolves.toBe("5432109876543210");
    expect(sdk.getUserID).toHaveBeenCalledOnce();
  });

  it("inside Zalo returns null for an empty id", async () => {
    insideZalo();
    sdk.getUserID.mockResolvedValue("");
    await expect(getZaloUserId()).resolves.toBeNull();
  });
});

describe("getOaFollower", () => {
  it("is null outside Zalo without asking the SDK", async () => {
    await expect(getOaFollower()).resolves.toEqual({ id: null, follows: false });
    expect(sdk.getUserInfo).not.toHaveBeenCalled();
  });

  it("inside Zalo returns idByOA from getUserInfo, asked without the name-and-avatar consent form", async () => {
    insideZalo();
    sdk.getUserInfo.mockResolvedValue({ userInfo: { id: "5432109876543210", name: "", avatar: "", idByOA: "8765432109876543", followedOA: true } });
    await expect(getOaFollower()).resolves.toEqual({ id: "8765432109876543", follows: true });
    expect(sdk.getUserInfo).toHaveBeenCalledExactlyOnceWith({ autoRequestPermission: false });
  });

  it("is null when Zalo gives no usable idByOA (app not linked to the OA, or not following)", async () => {
    insideZalo();
    sdk.getUserInfo.mockResolvedValueOnce({ userInfo: { id: "5432109876543210", name: "", avatar: "", followedOA: false } });
    await expect(getOaFollower()).resolves.toEqual({ id: null, follows: false });
    // Following, but the mini app is not linked to the OA: Zalo gives no id.
    sdk.getUserInfo.mockResolvedValueOnce({ userInfo: { id: "5432109876543210", name: "", avatar: "", idByOA: "", followedOA: true } });
    await expect(getOaFollower()).resolves.toEqual({ id: null, follows: true });
    sdk.getUserInfo.mockResolvedValueOnce({ userInfo: { id: "1", idByOA: "<script>" } });
    await expect(getOaFollower()).resolves.toEqual({ id: null, follows: false });
  });

  it("passes the SDK's refusal on as a ZaloError", async () => {
    insideZalo();
    sdk.getUserInfo.mockRejectedValueOnce(sdkError(-1401, "getUserInfo", "User denied"));
    await expect(getOaFollower()).rejects.toBeInstanceOf(ZaloError);
  });
});

describe("onAppResume", () => {
  it("outside Zalo calls back when the page becomes visible again, until stopped", () => {
    const listener = vi.fn();
    const visibility = vi.spyOn(document, "visibilityState", "get");
    const stop = onAppResume(listener);
    visibility.mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(listener).not.toHaveBeenCalled();
    visibility.mockReturnValue("visible");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    document.dispatchEvent(new Event("visibilitychange"));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(sdk.events.on).not.toHaveBeenCalled();
  });

  it("inside Zalo listens to the SDK's AppResumed event and stops listening", async () => {
    insideZalo();
    const listener = vi.fn();
    const stop = onAppResume(listener);
    await vi.waitFor(() => expect(sdk.events.on).toHaveBeenCalledWith("h5.event.resumed", listener));
    stop();
    expect(sdk.events.off).toHaveBeenCalledWith("h5.event.resumed", listener);
  });
});

describe("the ward's Zalo OA", () => {
  it("inside Zalo follows with followOA and opens the OA chat with openChat type oa", async () => {
    insideZalo();
    const open = spyWindowOpen();
    sdk.followOA.mockResolvedValue(undefined);
    sdk.openChat.mockResolvedValue(undefined);
    await expect(followZaloOa("2849503725813917046")).resolves.toBe(true);
    await openZaloOaChat("2849503725813917046");
    expect(sdk.followOA).toHaveBeenCalledWith({ id: "2849503725813917046" });
    expect(sdk.openChat).toHaveBeenCalledWith({ type: "oa", id: "2849503725813917046" });
    expect(open).not.toHaveBeenCalled();
  });

  it("reports a declined follow as false, not an error", async () => {
    insideZalo();
    sdk.followOA.mockRejectedValueOnce(sdkError(-201, "followOA", "User refused"));
    await expect(followZaloOa("123")).resolves.toBe(false);
    sdk.followOA.mockRejectedValueOnce(sdkError(-2002, "followOA", "User denied"));
    await expect(followZaloOa("123")).resolves.toBe(false);
  });

  it("outside Zalo opens the OA's zalo.me page for both, without the SDK", async () => {
    const open = spyWindowOpen();
    await followZaloOa("123456");
    await openZaloOaChat("123456");
    expect(open.mock.calls).toEqual([
      ["https://zalo.me/123456", "_blank", "noopener"],
      ["https://zalo.me/123456", "_blank", "noopener"],
    ]);
    expect(sdk.followOA).not.toHaveBeenCalled();
    expect(sdk.openChat).not.toHaveBeenCalled();
  });

  it("refuses an id that is not one (a caller bug)", async () => {
    await expect(openZaloOaChat("https://evil.example/x")).rejects.toBeInstanceOf(RangeError);
  });
});

describe("getDeviceLocation", () => {
  function fakeGeolocation(answer: { lat: number; lng: number } | { errorCode: number }) {
    const getCurrentPosition = vi.fn((ok: PositionCallback, fail: PositionErrorCallback) => {
      if ("errorCode" in answer) fail({ code: answer.errorCode, message: "no" } as GeolocationPositionError);
      else ok({ coords: { latitude: answer.lat, longitude: answer.lng } } as GeolocationPosition);
    });
    setTemporarily(navigator, "geolocation", { getCurrentPosition });
    return getCurrentPosition;
  }

  it("inside Zalo uses getLocation's coordinates when Zalo gives them", async () => {
    insideZalo();
    const geo = fakeGeolocation({ lat: 1, lng: 1 });
    sdk.getLocation.mockResolvedValue({ latitude: "16.0471", longitude: "108.2068", token: "t" });
    await expect(getDeviceLocation()).resolves.toEqual({ lat: 16.0471, lng: 108.2068 });
    expect(geo).not.toHaveBeenCalled();
  });

  it("inside Zalo with only a token (newer Zalo) asks the webview's geolocation", async () => {
    insideZalo();
    fakeGeolocation({ lat: 16.05, lng: 108.21 });
    sdk.getLocation.mockResolvedValue({ token: "only-a-token" });
    await expect(getDeviceLocation()).resolves.toEqual({ lat: 16.05, lng: 108.21 });
  });

  it("inside Zalo passes a refusal on as denied, without asking again", async () => {
    insideZalo();
    const geo = fakeGeolocation({ lat: 1, lng: 1 });
    sdk.getLocation.mockRejectedValue(sdkError(-2002, "getLocation", "User denied"));
    await expect(getDeviceLocation()).rejects.toMatchObject({ kind: "denied" });
    expect(geo).not.toHaveBeenCalled();
  });

  it("outside Zalo asks the browser and maps its refusal to denied", async () => {
    fakeGeolocation({ errorCode: 1 });
    await expect(getDeviceLocation()).rejects.toMatchObject({ kind: "denied", api: "geolocation" });
    expect(sdk.getLocation).not.toHaveBeenCalled();
  });
});
