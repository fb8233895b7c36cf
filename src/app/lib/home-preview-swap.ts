// On the web our server puts home's first screen into index.html as static HTML (#home-preview,
// src/shared/home-preview.ts), and the app renders out of sight behind it. The preview leaves once
// the app's home shows the same things (the ward's name and the announcements section loaded, not
// a skeleton), or once the app shows any other screen, so the resident never sees a skeleton flash
// between the two. Inside Zalo there is no preview and this does nothing.
const GIVE_UP_MS = 20_000;

/** The app's home has its content, or the app shows a screen that is not home. */
export function appHasTakenOver(app: ParentNode): boolean {
  if (app.querySelector(".zaui-page:not(.home-page)")) return true;
  const home = app.querySelector(".home-page");
  const latest = home?.querySelector('section[aria-labelledby="latest-title"]');
  return Boolean(home?.querySelector("h1") && latest && !latest.querySelector('[role="status"]'));
}

export function swapHomePreviewWhenReady(doc: Document = document): void {
  const preview = doc.getElementById("home-preview");
  const app = doc.getElementById("app");
  if (!preview || !app) return;
  let done = false;
  const swap = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    const scrolled = preview.querySelector(".zaui-page")?.scrollTop ?? 0;
    const typed = preview.querySelector<HTMLInputElement>('input[type="search"]');
    const typing = typed !== null && typed === doc.activeElement;
    preview.remove();
    // Words the resident began to type in the server's search box carry over into the app's.
    if (typed && (typed.value || typing)) carryOver(typed.value, typing, app);
    // Where the resident had scrolled the preview to, the app's home shows too.
    const home = app.querySelector(".home-page");
    if (home && scrolled > 0) home.scrollTop = scrolled;
  };
  const observer = new MutationObserver(() => {
    if (appHasTakenOver(app)) swap();
  });
  observer.observe(app, { childList: true, subtree: true });
  // A home that cannot load (an error state) must not stay hidden behind an old picture for ever.
  const timer = window.setTimeout(swap, GIVE_UP_MS);
}

function carryOver(value: string, focus: boolean, app: HTMLElement): void {
  const input = app.querySelector<HTMLInputElement>('.home-page input[type="search"]');
  if (!input) return;
  // The app's box is a React-controlled input: React reads a change from the native setter's event.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  if (focus) input.focus();
}
