import type { Page } from "playwright-core";

// Chrome DevTools' "Slow 3G" profile (what Lighthouse calls a weak mobile signal) and a 4× slower CPU.
export const SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 };
export const CPU_SLOWDOWN = 4;

/** Makes this page behave like a cheap Android phone on a weak 3G signal. */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

/**
 * Opens the app for the first time (empty cache, nothing on the device) and waits for the home
 * screen with content: the ward's name and its first announcement. Returns the milliseconds from
 * the start of the navigation to the frame that first showed both.
 *
 * Timed by the page's own frames, not by Playwright's polling: a locator's waitFor checks at most
 * every 500 ms and cannot check while the page runs a long task, so it reported up to half a
 * second after the pixels were there (measured: paint at 2.46 s, seen at 2.87 s). A
 * requestAnimationFrame callback runs just before each frame is drawn, so the first one to find
 * the content is the frame that shows it.
 */
export async function firstOpen(page: Page, base: string, wardName: string): Promise<number> {
  return (await firstOpenTimes(page, base, wardName)).shown;
}

/** Both clocks of firstOpen, side by side: the frame that showed the content, and Playwright's polling. */
export async function firstOpenTimes(page: Page, base: string, wardName: string): Promise<{ shown: number; polled: number }> {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  await page.addInitScript(`(() => {
    const name = ${JSON.stringify(wardName)};
    function shown(el) { return el !== null && el.getBoundingClientRect().height > 0; }
    function check() {
      const heading = [...document.querySelectorAll("h1")].find((h) => (h.textContent || "").includes(name) && shown(h));
      if (heading && shown(document.querySelector(".announcement-card"))) {
        window.__cdsContentAt = performance.timeOrigin + performance.now();
        return;
      }
      requestAnimationFrame(check);
    }
    requestAnimationFrame(check);
  })()`);
  const started = Date.now();
  await page.goto(base, { waitUntil: "commit", timeout: 120_000 });
  const polled = Promise.all([
    page.getByRole("heading", { level: 1, name: wardName }).waitFor({ timeout: 120_000 }),
    page.locator(".announcement-card").first().waitFor({ timeout: 120_000 }),
  ]).then(() => Date.now() - started);
  const at = await page.waitForFunction(() => (window as unknown as { __cdsContentAt?: number }).__cdsContentAt, undefined, { timeout: 120_000 });
  return { shown: Math.round(((await at.jsonValue()) as number) - started), polled: await polled };
}
