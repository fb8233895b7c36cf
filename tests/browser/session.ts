import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { startAppServer } from "./app-server";
import { launchBrowser, phoneContext, seriousAxeViolations } from "./browser";

export type BrowserSession = {
  /** The page of the current test, in a fresh phone-size context. */
  readonly page: Page;
  readonly context: BrowserContext;
  /** The real server's base URL. */
  readonly base: string;
  /** GET from the real API (what the screens must show comes from there, not from copies). */
  api<T>(path: string): Promise<T>;
  /** Fails the test on any serious or critical axe-core violation of the page as it is now. */
  expectAccessible(name: string): Promise<void>;
};

/**
 * One real server and one Chromium per test file, a fresh phone context per test, and no
 * uncaught page error allowed. Call at the top of a test file.
 */
export function useBrowserSession(contextOptions: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser;
  let stop: () => Promise<void>;
  let base = "";
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const app = await startAppServer();
    base = app.server.url;
    stop = app.stop;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });
  beforeEach(async () => {
    context = await phoneContext(browser, contextOptions);
    page = await context.newPage();
    pageErrors.length = 0;
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  return {
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    get base() {
      return base;
    },
    async api<T>(path: string) {
      const res = await fetch(`${base}/api/v1${path}`);
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
      return (await res.json()) as T;
    },
    async expectAccessible(name: string) {
      const violations = await seriousAxeViolations(page);
      expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    },
  };
}
