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
 * screen with content: the ward's name and its first announcement. Returns the milliseconds taken.
 */
export async function firstOpen(page: Page, base: string, wardName: string): Promise<number> {
  const started = Date.now();
  await page.goto(base, { waitUntil: "commit", timeout: 120_000 });
  await page.getByRole("heading", { level: 1, name: wardName }).waitFor({ timeout: 120_000 });
  await page.locator(".announcement-card").first().waitFor({ timeout: 120_000 });
  return Date.now() - started;
}
