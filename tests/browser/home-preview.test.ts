import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { screenshot } from "./browser";
import { useBrowserSession } from "./session";

// The server puts home's first screen into index.html (src/shared/home-preview.ts); the app takes
// over once its own home has the same content. The resident must see the same thing in the same
// place before and after: these measure where things are, in the preview and in the app.
const session = useBrowserSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});

const PLACES = ["h1", ".demo-notice", ".home-search", ".office-card", ".office-card .status-open, .office-card .status-closed", ".area-tile"];

async function placesIn(p: Page, root: string): Promise<{ selector: string; top: number; height: number; text: string }[]> {
  return p.evaluate(
    ({ root, places }) =>
      places.map((selector) => {
        const el = document.querySelector(`${root} ${selector.split(", ").join(`, ${root} `)}`);
        const box = el?.getBoundingClientRect();
        return { selector, top: Math.round(box?.top ?? -1), height: Math.round(box?.height ?? -1), text: (el?.textContent ?? "").trim() };
      }),
    { root, places: PLACES },
  );
}

describe("home drawn by the server before the app runs", () => {
  it("shows the ward, its office hours and the latest announcements without the app's code, with working links", async () => {
    await page.route("**/assets/*.js", (route) => route.abort("internetdisconnected"));
    await page.goto(session.base);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.locator("#home-preview .announcement-card").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#home-preview .office-card").innerText()).resolves.toMatch(/Hôm nay: /);
    await screenshot(page, "home-preview-without-code");
    await session.expectAccessible("home drawn by the server");
    const href = await page.locator("#home-preview .announcement-card").first().getAttribute("href");
    expect(href).toMatch(/^\/announcements\/\d+$/);
  });

  it("is replaced by the app with nothing moving, and leaves no second copy behind", { timeout: 90_000 }, async () => {
    // Hold the app's code back to measure the preview as the resident first sees it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/index.*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.base, { waitUntil: "commit" });
    await page.locator("#home-preview h1").waitFor();
    const before = await placesIn(page, "#home-preview");
    release();
    await page.locator("#home-preview").waitFor({ state: "detached", timeout: 60_000 });
    await page.locator("#app .announcement-card").first().waitFor();
    const after = await placesIn(page, "#app");
    await screenshot(page, "home-after-app-took-over");
    for (const [i, place] of before.entries()) {
      const now = after[i];
      expect(place.top, `${place.selector} in the preview`).toBeGreaterThanOrEqual(0);
      expect(Math.abs((now?.top ?? 0) - place.top), `${place.selector} moved`).toBeLessThanOrEqual(2);
      expect(Math.abs((now?.height ?? 0) - place.height), `${place.selector} changed size`).toBeLessThanOrEqual(2);
      expect(now?.text, `${place.selector} text`).toBe(place.text);
    }
    await expect(page.getByRole("heading", { level: 1 }).count()).resolves.toBe(1);
    await session.expectAccessible("home after the app took over");
  });
});
