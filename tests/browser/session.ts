import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { startAppServer } from "./app-server";
import type { RunningServer } from "../../src/server/server";
import { launchBrowser, phoneContext, seriousAxeViolations } from "./browser";

export type BrowserSession = {
  /** The running server (its database, for fixtures such as staff accounts). */
  readonly server: RunningServer;
  /** The page of the current test, in a fresh phone-size context. */
  readonly page: Page;
  /** Another context, e.g. a desktop browser beside the phone; closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
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
  let server: RunningServer;
  let base = "";
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const app = await startAppServer();
    base = app.server.url;
    server = app.server;
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
  const extraContexts: BrowserContext[] = [];
  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context.close();
    await Promise.all(extraContexts.splice(0).map((c) => c.close()));
  });

  return {
    get server() {
      return server;
    },
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    async newContext(options: BrowserContextOptions = {}) {
      // bypassCSP: axe is injected inline; it also means an XSS test checks the sanitiser alone, not the CSP.
      const extra = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", bypassCSP: true, ...options });
      extraContexts.push(extra);
      return extra;
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
