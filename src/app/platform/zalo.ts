/**
 * The only module of the mini app that talks to zmp-sdk.
 *
 * Outside the Zalo app the SDK does not fail loudly: on localhost it fakes success, on other
 * hosts it rejects with -2000, and on Zalo's host without the native bridge some calls never
 * answer (the team's PLATFORM.md notes). So this module decides once whether the page runs
 * inside Zalo; outside it never touches the SDK and uses what a browser offers. Inside, every
 * call goes through `callSdk`, which adds a timeout and turns SDK error objects into ZaloError.
 *
 * Contract for callers: platform failures reject with ZaloError (see ./zalo-error.ts for the
 * kinds); invalid arguments (a phone without digits, a non-http URL) throw RangeError because
 * they are bugs in the caller, not something to show the resident.
 */
import type * as ZmpSdk from "zmp-sdk/apis";
import { ZaloError, isZaloError, toZaloError } from "./zalo-error";

type Sdk = typeof ZmpSdk;

/** Long enough for Zalo's native side to answer a plain call, short enough that a tap never feels dead. */
const DEFAULT_SDK_TIMEOUT_MS = 4_000;
/**
 * The share sheet and the QR scanner stay open while the user acts, and zmp-sdk registers
 * OPEN_SHARESHEET with no timeout of its own; a few minutes only guards against a lost callback.
 */
const INTERACTIVE_TIMEOUT_MS = 5 * 60_000;
/** getUserID first fetches a token from Zalo's servers, over what may be a weak mobile signal. */
const USER_ID_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// Detection

/**
 * zmp-sdk's `appEnv.isMp` rule (apis/appEnv/getEnv.js, constants `mpDomain` and `mpPath`): only
 * on this host and path (or with `?env=TESTING_LOCAL`, Zalo's on-device dev mode) does the SDK
 * route calls to the native bridge; elsewhere it fakes or rejects.
 */
const ZALO_MINI_APP_HOST = "h5.zdn.vn";
const ZALO_MINI_APP_PATH = "/zapps";
const ZALO_DEV_ENV = "TESTING_LOCAL";

interface ZaloBridgeWindow {
  ZaloJavaScriptInterface?: unknown;
}

/**
 * zmp-sdk sends every native call through the global `ZaloJavaScriptInterface.jsCall` (Android
 * and iOS alike; it never uses `webkit.messageHandlers`). When the global is missing the SDK's
 * call path throws a ReferenceError inside a timer and the caller's promise never settles — the
 * "hangs forever" case.
 */
function hasNativeBridge(): boolean {
  const bridge = (window as unknown as ZaloBridgeWindow).ZaloJavaScriptInterface;
  return bridge !== undefined && bridge !== null;
}

function isServedAsZaloMiniApp(): boolean {
  const { hostname, pathname, search } = window.location;
  // `includes`, not `endsWith`: this mirrors the SDK's own check exactly.
  if (!hostname.includes(ZALO_MINI_APP_HOST)) return false;
  return pathname.startsWith(ZALO_MINI_APP_PATH) || new URLSearchParams(search).get("env") === ZALO_DEV_ENV;
}

/**
 * The SDK answers CLIENT_NOT_SUPPORT to native calls from a non-mobile user agent, and reads the
 * Zalo version (which gates nativeStorage and other newer APIs) from the text after "zalo".
 */
function hasZaloMobileUserAgent(): boolean {
  const agent = navigator.userAgent.toLowerCase();
  return /zalo/.test(agent) && /android|iphone|ipad|ipod|ios/.test(agent);
}

function detectInsideZalo(): boolean {
  if (typeof window === "undefined" || typeof navigator === "undefined") return false;
  // All three must hold: a false "inside" breaks every feature (calls hang or reject), while a
  // false "outside" still leaves the browser fallbacks working.
  return hasNativeBridge() && isServedAsZaloMiniApp() && hasZaloMobileUserAgent();
}

let insideZaloMemo: boolean | undefined;

/** Whether the app runs inside the Zalo app with a working native bridge. Decided once per page. */
export function isInsideZalo(): boolean {
  insideZaloMemo ??= detectInsideZalo();
  return insideZaloMemo;
}

// ---------------------------------------------------------------------------------------------
// Calling the SDK

let sdkModule: Promise<Sdk> | undefined;

/**
 * The SDK is imported lazily and only inside Zalo: importing it runs `login()` at once, which on
 * any non-Zalo host rejects unhandled (-2000), and it is about an eighth of the bundle a browser
 * would download for nothing.
 */
function loadSdk(): Promise<Sdk> {
  if (sdkModule === undefined) {
    const loading = import("zmp-sdk/apis");
    sdkModule = loading;
    // A failed chunk load (flaky network) must not poison every later call.
    loading.catch(() => {
      if (sdkModule === loading) sdkModule = undefined;
    });
  }
  return sdkModule;
}

interface CallOptions {
  timeoutMs?: number;
}

function unavailable(api: string, cause: unknown): ZaloError {
  return new ZaloError("unavailable", "zmp-sdk could not be loaded", { api, cause });
}

/**
 * Runs one SDK call with a timeout and typed errors. `run` may be synchronous (nativeStorage) and
 * may throw; either way the result settles exactly once. The timer starts before the SDK is
 * loaded, so a stuck chunk load also times out.
 */
function callSdk<T>(api: string, run: (sdk: Sdk) => T | Promise<T>, options: CallOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SDK_TIMEOUT_MS;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ZaloError("timeout", `${api} did not answer within ${String(timeoutMs)} ms`, { api }));
    }, timeoutMs);
    loadSdk()
      .catch((cause: unknown) => Promise.reject(unavailable(api, cause)))
      .then(run)
      .then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (raw: unknown) => {
          clearTimeout(timer);
          reject(toZaloError(raw, api));
        },
      );
  });
}

/** Native answers reach us unchecked by the SDK, whatever its types say. */
function fieldOf(value: unknown, field: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

function isKind(error: unknown, kind: ZaloError["kind"]): boolean {
  return isZaloError(error) && error.kind === kind;
}

/**
 * Inside Zalo, use the SDK; if it says the API is unavailable (an older Zalo lacks it), the
 * browser way still works in Zalo's webview, so use that instead of failing. Other errors
 * (denied, rate-limited, timeout) are the caller's to explain.
 */
async function inZaloElseBrowser<T>(inZalo: () => Promise<T>, inBrowser: () => T | Promise<T>): Promise<T> {
  if (isInsideZalo()) {
    try {
      return await inZalo();
    } catch (error) {
      if (!isKind(error, "unavailable")) throw error;
    }
  }
  return inBrowser();
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

/** Keeps a leading "+" and the digits: "+84 (236) 3.822.123" → "+842363822123". */
function dialablePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits === "") throw new RangeError(`not a phone number: "${phone}"`);
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

/**
 * zalo.me finds an account by the Vietnamese national form (0xxxxxxxxx); it does not resolve
 * +84… or 84…, so the country code is swapped for the trunk 0.
 */
function zaloMePhone(phone: string): string {
  const dialable = dialablePhone(phone);
  const nationalDigits = /^(?:\+|00)?84(\d{9,10})$/.exec(dialable)?.[1];
  return nationalDigits === undefined ? dialable.replace(/^\+/, "") : `0${nationalDigits}`;
}

function requireWebUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`not a URL: "${url}"`);
  }
  // Anything else (javascript:, data:, file:) has no business being opened from content.
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new RangeError(`only http(s) pages can be opened: "${url}"`);
  }
  return url;
}

/**
 * Follows a link in the current tab. A clicked <a> rather than `location.href =`: for tel: it
 * hands over to the dialer without unloading the app, and it behaves the same in webviews.
 */
function followLink(href: string, download?: string): void {
  const link = document.createElement("a");
  link.href = href;
  if (download) link.download = download;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

function openInNewTab(url: string): void {
  window.open(url, "_blank", "noopener");
}

// ---------------------------------------------------------------------------------------------
// Images

/**
 * Saves a PNG (a data: URL) where the user keeps pictures: the phone's gallery inside Zalo, a
 * download outside. Saving can take a while on a slow phone, hence the longer timeout.
 */
export async function saveImage(dataUrl: string, fileName: string): Promise<void> {
  if (!dataUrl.startsWith("data:image/")) throw new RangeError("saveImage needs a data:image/… URL");
  await inZaloElseBrowser(
    () => callSdk("saveImageToGallery", (sdk) => sdk.saveImageToGallery({ imageBase64Data: dataUrl }), { timeoutMs: 30_000 }),
    () => {
      followLink(dataUrl, fileName);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Phone, chat, web pages

/** Starts a phone call (the dialer opens with the number; the user presses call). */
export async function callPhone(phone: string): Promise<void> {
  const number = dialablePhone(phone);
  await inZaloElseBrowser(
    () => callSdk("openPhone", (sdk) => sdk.openPhone({ phoneNumber: number })),
    () => {
      followLink(`tel:${number}`);
    },
  );
}

/**
 * Opens a Zalo chat with the person who owns this phone number.
 *
 * zmp-sdk's `openChat({ type: "user", id })` sends `id` to Zalo as a Zalo user id (OPEN_CHAT
 * `uId`); a phone number is not one, and a user id cannot be looked up from a phone without the
 * person's consent. The public https://zalo.me/<phone> link does that lookup, so it is used in
 * both cases: inside Zalo through `openWebview`, whose in-app browser hands zalo.me links to
 * Zalo's own chat screen; outside Zalo in a new tab, from where the phone's Zalo app takes over.
 */
export async function openZaloChat(phone: string): Promise<void> {
  const url = `https://zalo.me/${zaloMePhone(phone)}`;
  await inZaloElseBrowser(
    () => callSdk("openWebview", (sdk) => sdk.openWebview({ url })),
    () => {
      openInNewTab(url);
    },
  );
}

/** Opens an http(s) page without leaving the app (Zalo's in-app browser, or a new tab). */
export async function openWebPage(url: string): Promise<void> {
  const page = requireWebUrl(url);
  await inZaloElseBrowser(
    () => callSdk("openWebview", (sdk) => sdk.openWebview({ url: page })),
    () => {
      openInNewTab(page);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// The ward's Zalo Official Account

function requireOaId(oaId: string): string {
  const id = oaId.trim();
  if (!/^[0-9A-Za-z_-]{1,64}$/.test(id)) throw new RangeError(`not a Zalo OA id: "${oaId}"`);
  return id;
}

/** The OA's public page: it has "Quan tâm" and "Nhắn tin", and opens Zalo on a phone. */
export const zaloOaPageUrl = (oaId: string): string => `https://zalo.me/${requireOaId(oaId)}`;

/**
 * Follows the ward's OA (Zalo shows its own confirmation), so the ward can send notices about the
 * resident's requests. Outside Zalo the OA page, where the resident taps "Quan tâm".
 * Returns false when the resident said no (followOA rejects with a refusal then).
 */
export async function followZaloOa(oaId: string): Promise<boolean> {
  const id = requireOaId(oaId);
  try {
    await inZaloElseBrowser(
      () => callSdk("followOA", (sdk) => sdk.followOA({ id }), { timeoutMs: INTERACTIVE_TIMEOUT_MS }),
      () => {
        openInNewTab(zaloOaPageUrl(id));
      },
    );
    return true;
  } catch (error) {
    // -201 is Zalo's "the user declined"; the SDK may also fold it into a cancel or a refusal.
    if (isKind(error, "cancelled") || isKind(error, "denied") || (isZaloError(error) && error.code === -201)) return false;
    throw error;
  }
}

/** "Nhắn tin cho phường": the OA's chat inside Zalo (openChat type "oa"), its zalo.me page outside. */
export async function openZaloOaChat(oaId: string): Promise<void> {
  const id = requireOaId(oaId);
  await inZaloElseBrowser(
    () => callSdk("openChat", (sdk) => sdk.openChat({ type: "oa", id }), { timeoutMs: INTERACTIVE_TIMEOUT_MS }),
    () => {
      openInNewTab(zaloOaPageUrl(id));
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Location

export interface DeviceLocation {
  lat: number;
  lng: number;
}

const LOCATION_TIMEOUT_MS = 20_000;

function browserLocation(): Promise<DeviceLocation> {
  const geo = (navigator as Partial<Navigator>).geolocation;
  if (geo === undefined) return Promise.reject(new ZaloError("unavailable", "no geolocation here", { api: "geolocation" }));
  return new Promise((resolve, reject) => {
    geo.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) => {
        // 1 = PERMISSION_DENIED, 3 = TIMEOUT, else POSITION_UNAVAILABLE.
        const kind = error.code === 1 ? "denied" : error.code === 3 ? "timeout" : "unavailable";
        reject(new ZaloError(kind, error.message, { api: "geolocation" }));
      },
      { enableHighAccuracy: true, timeout: LOCATION_TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}

function coordinate(value: unknown): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/**
 * Where the phone is, asked only when the resident taps "Dùng vị trí của tôi" (the screen says why
 * first). Inside Zalo through getLocation; newer Zalo builds answer only with a token for a
 * server-side exchange (with the app secret), so without coordinates the webview's own
 * geolocation is asked instead. Rejects with ZaloError "denied" when the resident says no.
 */
export async function getDeviceLocation(): Promise<DeviceLocation> {
  if (isInsideZalo()) {
    try {
      const answer = await callSdk("getLocation", (sdk) => sdk.getLocation(), { timeoutMs: LOCATION_TIMEOUT_MS });
      const lat = coordinate(fieldOf(answer, "latitude"));
      const lng = coordinate(fieldOf(answer, "longitude"));
      if (lat !== null && lng !== null) return { lat, lng };
    } catch (error) {
      if (!isKind(error, "unavailable")) throw error;
    }
  }
  return browserLocation();
}

// ---------------------------------------------------------------------------------------------
// Sharing

export interface ShareLinkInput {
  title: string;
  text?: string;
  url: string;
  /**
   * The app's own path of the shared page ("/guides/vneid-muc-1") and an https image for the card:
   * with both, Zalo sends a mini-app card that opens that page; without, a bare link.
   */
  path?: string;
  thumbnail?: string | null;
}

export type ShareOutcome = "shared" | "copied" | "cancelled";

/** zmp-sdk 2.51's "zmp_deep_link" data: a card in the chat that opens `path` inside the mini app. */
const DEEP_LINK_TEXT_MAX = 200;

/**
 * With the page's path and a thumbnail, zmp-sdk's "zmp_deep_link" (title, description, thumbnail,
 * path; the SDK's zod schema strips anything else) gives a rich card that opens that page of the
 * mini app. Otherwise `type: "link"`, validated as `{ link, chatOnly? }`: Zalo builds the preview
 * from the page's Open Graph tags.
 */
async function shareInZalo({ title, text, url, path, thumbnail }: ShareLinkInput): Promise<ShareOutcome> {
  const card = path !== undefined && path.startsWith("/") && typeof thumbnail === "string" && thumbnail.startsWith("https://");
  try {
    const result = await callSdk(
      "openShareSheet",
      (sdk) =>
        card
          ? sdk.openShareSheet({
              type: "zmp_deep_link",
              data: { title, description: (text ?? "").slice(0, DEEP_LINK_TEXT_MAX), thumbnail, path },
            })
          : sdk.openShareSheet({ type: "link", data: { link: url, chatOnly: false } }),
      { timeoutMs: INTERACTIVE_TIMEOUT_MS },
    );
    // status 0 = the user closed the sheet; 1 = posted to the timeline, 2 = sent in a chat.
    return fieldOf(result, "status") === 0 ? "cancelled" : "shared";
  } catch (error) {
    if (isKind(error, "cancelled")) return "cancelled";
    throw error;
  }
}

function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function canUseWebShare(data: ShareData): boolean {
  // lib.dom types these as always present; desktop Firefox and insecure pages lack them.
  const nav = navigator as Partial<Navigator>;
  if (typeof nav.share !== "function") return false;
  return typeof nav.canShare !== "function" || nav.canShare(data);
}

async function shareInBrowser({ title, text, url }: ShareLinkInput): Promise<ShareOutcome> {
  const data: ShareData = text === undefined || text === "" ? { title, url } : { title, text, url };
  if (canUseWebShare(data)) {
    try {
      await navigator.share(data);
      return "shared";
    } catch (error) {
      if (isAbortError(error)) return "cancelled";
      // NotAllowedError (the tap's user activation was used up) or a failing share target:
      // copying still gets the link to the user.
    }
  }
  return copyLink(url);
}

async function writeToClipboard(text: string): Promise<boolean> {
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (clipboard === undefined || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false; // permission refused, or the document lost focus
  }
}

/**
 * The pre-Clipboard-API way, still the only one in older Android webviews and on http pages.
 * execCommand is deprecated but has no replacement there.
 */
function copyWithTextarea(text: string): boolean {
  if (typeof document.execCommand !== "function") return false;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", ""); // no on-screen keyboard flashing up on phones
  // Off-screen rather than display:none, which cannot hold a selection.
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  const previousFocus = document.activeElement;
  document.body.append(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length); // iOS ignores select() on a readonly field
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
  }
}

async function copyLink(url: string): Promise<"copied"> {
  if ((await writeToClipboard(url)) || copyWithTextarea(url)) return "copied";
  throw new ZaloError("unavailable", "the link could not be copied", { api: "clipboard" });
}

/**
 * Shares a link: Zalo's share sheet inside Zalo, the Web Share API in a browser, and copying the
 * link where neither exists ("copied" tells the screen to say so). A user backing out is
 * "cancelled", not an error.
 */
export function shareLink(input: ShareLinkInput): Promise<ShareOutcome> {
  return inZaloElseBrowser(
    () => shareInZalo(input),
    () => shareInBrowser(input),
  );
}

// ---------------------------------------------------------------------------------------------
// Storage

const STORAGE_PREFIX = "cds:";

/**
 * Values that could not be persisted (private mode, full quota, no native storage), for the rest
 * of the session. `null` records a removal that could not be persisted. An entry here is newer
 * than whatever the persistent store holds for the same key.
 */
const sessionValues = new Map<string, string | null>();

interface TextStore {
  read(key: string): Promise<string | null>;
  write(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
}

function emptyToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === "" ? null : text;
}

/**
 * Zalo's native storage (5 MB per app, shared with the app's other sessions). `nativeStorage` is
 * synchronous in zmp-sdk 2.x and throws CLIENT_NOT_SUPPORT on Zalo builds older than it; the
 * deprecated async getStorage/setStorage work there.
 */
const zaloStore: TextStore = {
  async read(key) {
    try {
      return emptyToNull(await callSdk("nativeStorage.getItem", (sdk) => sdk.nativeStorage.getItem(key)));
    } catch {
      const stored = await callSdk("getStorage", (sdk) => sdk.getStorage({ keys: [key] }));
      const value: unknown = stored[key];
      return typeof value === "string" ? emptyToNull(value) : null;
    }
  },
  async write(key, text) {
    try {
      await callSdk("nativeStorage.setItem", (sdk) => {
        sdk.nativeStorage.setItem(key, text);
      });
    } catch {
      const { errorKeys } = await callSdk("setStorage", (sdk) => sdk.setStorage({ data: { [key]: text } }));
      if (errorKeys.length > 0) throw new ZaloError("unknown", `setStorage refused ${key}`, { api: "setStorage" });
    }
  },
  async remove(key) {
    try {
      await callSdk("nativeStorage.removeItem", (sdk) => {
        sdk.nativeStorage.removeItem(key);
      });
    } catch {
      await callSdk("removeStorage", (sdk) => sdk.removeStorage({ keys: [key] }));
    }
  },
};

/** localStorage; even reading `window.localStorage` throws when the browser blocks site data. */
const browserStore: TextStore = {
  read: (key) => Promise.resolve().then(() => window.localStorage.getItem(key)),
  write: (key, text) =>
    Promise.resolve().then(() => {
      window.localStorage.setItem(key, text);
    }),
  remove: (key) =>
    Promise.resolve().then(() => {
      window.localStorage.removeItem(key);
    }),
};

function persistentStore(): TextStore {
  return isInsideZalo() ? zaloStore : browserStore;
}

function parseStored<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    // The shape is trusted as written by this app; callers that keep data across app versions
    // should check it.
    return JSON.parse(text) as T;
  } catch {
    return null; // corrupt or written by something else: as good as absent
  }
}

async function readText(fullKey: string): Promise<string | null> {
  if (sessionValues.has(fullKey)) return sessionValues.get(fullKey) ?? null;
  try {
    return emptyToNull(await persistentStore().read(fullKey));
  } catch {
    return null;
  }
}

async function writeText(fullKey: string, text: string | null): Promise<void> {
  try {
    if (text === null) await persistentStore().remove(fullKey);
    else await persistentStore().write(fullKey, text);
    sessionValues.delete(fullKey);
  } catch {
    // Keep it for this session rather than fail the feature (e.g. "remember the last step").
    sessionValues.set(fullKey, text);
  }
}

export interface AppStorage {
  /** The stored value, or null when absent or unreadable. Never rejects. */
  getItem<T>(key: string): Promise<T | null>;
  /** Stores `value` as JSON (undefined removes the key). Never rejects for storage reasons. */
  setItem(key: string, value: unknown): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/**
 * Small key-value storage, JSON-encoded, keys prefixed "cds:" so they never collide with zmp-ui's
 * or the SDK's own entries. Falls back to memory for the session when nothing persistent works.
 */
export const storage: AppStorage = {
  async getItem<T>(key: string): Promise<T | null> {
    // A read right after a write (a screen unmounted and opened again) must see that write.
    await pendingWrites.get(key);
    return parseStored<T>(await readText(STORAGE_PREFIX + key));
  },
  async setItem(key: string, value: unknown): Promise<void> {
    // JSON.stringify throws on cycles and BigInt: a caller bug, so it is not caught.
    // lib.d.ts says string, but undefined (and functions) stringify to undefined.
    const text = JSON.stringify(value) as string | undefined;
    await write(key, text === undefined ? null : text);
  },
  async removeItem(key: string): Promise<void> {
    await write(key, null);
  },
};

/** Sees a key before it changes; `current` reads its value as it is before this write. */
type WriteObserver = (key: string, current: () => Promise<unknown>) => Promise<void>;
let writeObserver: WriteObserver | null = null;
/** Writes waiting for the observer, so reads of the same key wait for them. */
const pendingWrites = new Map<string, Promise<void>>();

function write(key: string, text: string | null): Promise<void> {
  const observer = writeObserver;
  if (!observer) return writeText(STORAGE_PREFIX + key, text);
  // The observer's failures never block the write.
  const current = async () => parseStored<unknown>(await readText(STORAGE_PREFIX + key));
  const done = observer(key, current)
    .catch(() => undefined)
    .then(() => writeText(STORAGE_PREFIX + key, text));
  pendingWrites.set(key, done);
  void done.finally(() => {
    if (pendingWrites.get(key) === done) pendingWrites.delete(key);
  });
  return done;
}

/**
 * Lets one observer see each key before it changes, and finish before the write: assist mode
 * notes a value before a visit changes it (features/assist/visit.ts). `null` removes it.
 */
export function observeStorageWrites(observer: WriteObserver | null): void {
  writeObserver = observer;
}

// ---------------------------------------------------------------------------------------------
// Images and QR codes

/**
 * Browsers only open a file picker from a user gesture; afterwards `click()` silently does
 * nothing and no event ever fires. Where the browser can tell us, fail fast instead of waiting
 * forever (the screen can ask for another tap).
 */
function canOpenFilePicker(): boolean {
  const activation = (navigator as Partial<Navigator>).userActivation;
  return activation === undefined || activation.isActive;
}

interface ImageInputOptions {
  /** Ask for the rear camera (QR codes) instead of offering the gallery. */
  rearCamera?: boolean;
}

function chooseImageWithInput(options: ImageInputOptions = {}): Promise<File | null> {
  if (!canOpenFilePicker()) {
    return Promise.reject(new ZaloError("unavailable", "the file picker needs a fresh tap", { api: "file-input" }));
  }
  return new Promise<File | null>((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = "image/*";
    if (options.rearCamera === true) input.setAttribute("capture", "environment");
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    const onChange = (): void => {
      finish(input.files?.[0] ?? null);
    };
    // Fired when the picker is dismissed (Chrome 113+, Safari 16.4+, Firefox 91+).
    const onCancel = (): void => {
      finish(null);
    };
    input.addEventListener("change", onChange, { once: true });
    input.addEventListener("cancel", onCancel, { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * One image from the camera or gallery, or null when the user picks nothing.
 *
 * A file input both inside and outside Zalo. zmp-sdk 2.51's `chooseImage` is itself a hidden file
 * input (apis/chooseImage.js) that returns blob: URLs instead of the File, never settles when the
 * user cancels (it listens for `change` only) and defaults to the front camera; ours returns the
 * File and reports cancelling. That it is the SDK's own method also shows file inputs work in
 * Zalo's webview.
 */
export function pickImage(): Promise<File | null> {
  return chooseImageWithInput();
}

export type ScanQrResult = { kind: "text"; text: string } | { kind: "image"; file: File } | { kind: "cancelled" };

async function scanInZalo(): Promise<ScanQrResult> {
  try {
    const result = await callSdk("scanQRCode", (sdk) => sdk.scanQRCode(), { timeoutMs: INTERACTIVE_TIMEOUT_MS });
    // Closing the scanner gives no text.
    const text = fieldOf(result, "content");
    return typeof text === "string" && text !== "" ? { kind: "text", text } : { kind: "cancelled" };
  } catch (error) {
    if (isKind(error, "cancelled")) return { kind: "cancelled" };
    throw error;
  }
}

/**
 * Reads a QR code: Zalo's scanner gives the decoded text; a browser can only give a photo (taken
 * with the rear camera), which the caller decodes.
 */
export function scanQR(): Promise<ScanQrResult> {
  return inZaloElseBrowser(scanInZalo, async (): Promise<ScanQrResult> => {
    const file = await chooseImageWithInput({ rearCamera: true });
    return file === null ? { kind: "cancelled" } : { kind: "image", file };
  });
}

// ---------------------------------------------------------------------------------------------
// Identity

/**
 * The Zalo user id of this app (available without asking for consent since SDK 2.35), or null
 * outside Zalo. Name and avatar are different: they need consent, asked when a feature needs them.
 */
export async function getZaloUserId(): Promise<string | null> {
  if (!isInsideZalo()) return null;
  const id = await callSdk("getUserID", (sdk) => sdk.getUserID(), { timeoutMs: USER_ID_TIMEOUT_MS });
  return typeof id === "string" && id !== "" ? id : null;
}

/** What Zalo says about the resident and the Official Account linked to this mini app. */
export type OaFollower = { id: string | null; follows: boolean };

/**
 * The resident's id for the ward's Official Account (`idByOA`), to which the ward's OA can send
 * news of a request, and whether they follow it. Zalo gives the id only when the mini app is
 * linked to or verified by the OA and the resident follows it; null otherwise, and outside Zalo.
 * Asks getUserInfo without the consent form (name and avatar are not needed, so not asked for);
 * call it only after the resident opted in.
 */
export async function getOaFollower(): Promise<OaFollower> {
  if (!isInsideZalo()) return { id: null, follows: false };
  const answer = await callSdk("getUserInfo", (sdk) => sdk.getUserInfo({ autoRequestPermission: false }), { timeoutMs: USER_ID_TIMEOUT_MS });
  const info = fieldOf(answer, "userInfo");
  const id = fieldOf(info, "idByOA");
  // The server takes digits only; anything else (empty, a placeholder) means "not available".
  return { id: typeof id === "string" && /^[0-9]{1,32}$/.test(id) ? id : null, follows: fieldOf(info, "followedOA") === true };
}

// ---------------------------------------------------------------------------------------------

/**
 * FOR TESTS ONLY: forgets the memoised detection, the loaded SDK module and the session storage
 * fallback, so a test can change the user agent, URL or bridge and detect again. App code must
 * never call it: the answer is meant to hold for the page's lifetime.
 */
export function __resetPlatformForTests(): void {
  insideZaloMemo = undefined;
  sdkModule = undefined;
  sessionValues.clear();
}

// Inside Zalo, load the SDK at startup as Zalo's templates do (its import logs in and registers
// the bridge's callbacks), so the first tap does not wait for it. Failures resurface on use.
if (isInsideZalo()) void loadSdk().catch(() => undefined);

// ---------------------------------------------------------------------------------------------
// App lifecycle

/**
 * Calls `listener` when the resident comes back to the app (from another app, the home screen or
 * a locked phone): Zalo's AppResumed event inside Zalo, the page becoming visible outside. Returns
 * a function that stops listening.
 */
export function onAppResume(listener: () => void): () => void {
  if (isInsideZalo()) {
    let stopped = false;
    let off: (() => void) | undefined;
    loadSdk().then(
      (sdk) => {
        if (stopped) return;
        sdk.events.on(sdk.EventName.AppResumed, listener);
        off = () => sdk.events.off(sdk.EventName.AppResumed, listener);
      },
      () => undefined, // no SDK: nothing to listen to; the next open refreshes anyway
    );
    return () => {
      stopped = true;
      off?.();
    };
  }
  const onVisible = (): void => {
    if (document.visibilityState === "visible") listener();
  };
  document.addEventListener("visibilitychange", onVisible);
  return () => document.removeEventListener("visibilitychange", onVisible);
}
