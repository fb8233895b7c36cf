import { dialablePhone, followLink, openInNewTab, requireWebUrl, zaloMePhone } from "./browser-links";
import { callSdk, inZaloElseBrowser } from "./sdk";

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
