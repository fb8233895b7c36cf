import { isZaloError } from "../zalo-error";
import { openInNewTab } from "./browser-links";
import { callSdk, inZaloElseBrowser, INTERACTIVE_TIMEOUT_MS, isKind } from "./sdk";

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
