// What a plain browser (and Zalo's webview) offers for phones, chats and pages: links.

/** Keeps a leading "+" and the digits: "+84 (236) 3.822.123" → "+842363822123". */
export function dialablePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits === "") throw new RangeError(`not a phone number: "${phone}"`);
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

/**
 * zalo.me finds an account by the Vietnamese national form (0xxxxxxxxx); it does not resolve
 * +84… or 84…, so the country code is swapped for the trunk 0.
 */
export function zaloMePhone(phone: string): string {
  const dialable = dialablePhone(phone);
  const nationalDigits = /^(?:\+|00)?84(\d{9,10})$/.exec(dialable)?.[1];
  return nationalDigits === undefined ? dialable.replace(/^\+/, "") : `0${nationalDigits}`;
}

export function requireWebUrl(url: string): string {
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
export function followLink(href: string, download?: string): void {
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

export function openInNewTab(url: string): void {
  window.open(url, "_blank", "noopener");
}
