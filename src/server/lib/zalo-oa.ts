/**
 * The one module that talks to Zalo's Official Account API: a text message to a follower of the
 * ward's OA (the "cs" consultation message). Tests run it against a local fake server; without an
 * access token nothing is sent. The token and the message are never logged.
 */
export type ZaloOaConfig = { apiUrl: string; accessToken: string | null };
export type OaResult = { sent: true } | { sent: false; reason: "not-configured" | "failed" };

export const OA_MESSAGE_PATH = "/v3.0/oa/message/cs";

export async function sendOaText(config: ZaloOaConfig, userId: string, text: string, timeoutMs = 5_000): Promise<OaResult> {
  if (!config.accessToken) return { sent: false, reason: "not-configured" };
  try {
    const res = await fetch(`${config.apiUrl}${OA_MESSAGE_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", access_token: config.accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Zalo answers 200 with {"error": 0} on success and a non-zero error code otherwise.
    const body = (await res.json().catch(() => null)) as { error?: number } | null;
    return res.ok && body?.error === 0 ? { sent: true } : { sent: false, reason: "failed" };
  } catch {
    return { sent: false, reason: "failed" };
  }
}
