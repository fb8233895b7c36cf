import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const SCREENSHOT_DIR = fileURLToPath(new URL("../.output/screenshots/", import.meta.url));
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Root in a container needs --no-sandbox; the rest stop Chromium calling home on a closed network.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A cheap Android phone's screen: 390×844, touch, Vietnamese. */
export async function phoneContext(browser: Browser, extra: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    ...extra,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // axe-core is injected as an inline script, which the app's CSP (rightly) forbids.
    bypassCSP: true,
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let zmp-ui's page transition finish so the picture shows the screen, not a slide in progress.
  await page.waitForTimeout(450);
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * On the web, home is first the page the server drew (src/shared/home-preview.ts); the app takes
 * its place once its own home has content. A test that scrolls or acts on home waits for that, or
 * the element it holds can be replaced under it.
 */
export async function appHasTakenOver(page: Page): Promise<void> {
  await page.locator("#home-preview").waitFor({ state: "detached", timeout: 30_000 });
}
