/**
 * The mini app's only door to zmp-sdk (lint allows zmp-sdk nowhere else), one file per concern.
 *
 * Outside the Zalo app the SDK does not fail loudly: on localhost it fakes success, on other
 * hosts it rejects with -2000, and on Zalo's host without the native bridge some calls never
 * answer (the team's PLATFORM.md notes). So detection.ts decides once whether the page runs
 * inside Zalo; outside, nothing touches the SDK and each function uses what a browser offers.
 * Inside, every call goes through sdk.ts `callSdk`, which adds a timeout and turns SDK error
 * objects into ZaloError.
 *
 * Contract for callers: platform failures reject with ZaloError (see ../zalo-error.ts for the
 * kinds); invalid arguments (a phone without digits, a non-http URL) throw RangeError because
 * they are bugs in the caller, not something to show the resident.
 *
 * The app imports "platform/zalo" only, so the files behind it can move without touching features.
 */
export { isInsideZalo } from "./detection";
export { callPhone, openWebPage, openZaloChat } from "./phone-and-pages";
export { followZaloOa, openZaloOaChat, zaloOaPageUrl } from "./official-account";
export { getDeviceLocation, type DeviceLocation } from "./location";
export { shareLink, type ShareLinkInput, type ShareOutcome } from "./share";
export { observeStorageWrites, storage, type AppStorage } from "./storage";
export { pickImage, saveImage } from "./images";
export { scanQR, type ScanQrResult } from "./qr-scan";
export { getOaFollower, getZaloUserId, type OaFollower } from "./identity";
export { onAppResume } from "./lifecycle";
export { __resetPlatformForTests } from "./test-reset";
