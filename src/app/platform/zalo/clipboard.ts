import { ZaloError } from "../zalo-error";

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

export async function copyLink(url: string): Promise<"copied"> {
  if ((await writeToClipboard(url)) || copyWithTextarea(url)) return "copied";
  throw new ZaloError("unavailable", "the link could not be copied", { api: "clipboard" });
}
