import { copyLink } from "./clipboard";
import { callSdk, fieldOf, inZaloElseBrowser, INTERACTIVE_TIMEOUT_MS, isKind } from "./sdk";

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
