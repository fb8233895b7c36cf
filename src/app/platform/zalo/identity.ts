import { isInsideZalo } from "./detection";
import { callSdk, fieldOf, USER_ID_TIMEOUT_MS } from "./sdk";

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
