import type { CDPSession, Page } from "playwright-core";

/** WCAG 2.5.5 (AAA) target size, which the app holds itself to. */
export const MIN_TARGET_PX = 44;

/**
 * The phone's own font setting, as Chrome and Android's WebView apply it: the default font size
 * (16 px at 100%). 200% text is 32 px.
 */
export async function setPhoneTextSize(page: Page, percent: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: Math.round((16 * percent) / 100), fixed: Math.round((13 * percent) / 100) } });
  return cdp;
}

export type Finding = { what: string; size: string };

/**
 * Interactive elements smaller than 44×44 CSS px. A checkbox or radio inside its label counts as
 * the label (the label is what a finger taps); links inside running text are exempt, as WCAG
 * exempts inline targets.
 */
export function smallTargets(page: Page): Promise<Finding[]> {
  return page.evaluate((min) => {
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const label = el.getAttribute("aria-label") ?? "";
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""} "${label || text}"`;
    };
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link]";
    const found: { what: string; size: string }[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      let target: Element = element;
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        target = element.closest("label") ?? element;
      }
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (e.g. a closed details' content)
      if (element.closest(".visually-hidden")) continue;
      if (element.tagName === "A") {
        const parent = element.parentElement;
        const inline = parent && ["P", "LI", "DD", "TD", "SPAN"].includes(parent.tagName) && (parent.textContent ?? "").trim().length > (element.textContent ?? "").trim().length + 10;
        if (inline && getComputedStyle(element).display === "inline") continue;
      }
      if (rect.width < min - 0.5 || rect.height < min - 0.5) found.push({ what: describe(target), size: `${Math.round(rect.width)}×${Math.round(rect.height)}` });
    }
    return found;
  }, MIN_TARGET_PX);
}

/**
 * Text that is cut: elements that hide their own overflow while their content is larger, and
 * visible text that runs past the screen's right edge (outside containers that scroll sideways
 * on purpose, like filter chips or wide tables).
 */
export function clippedText(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const found: { what: string; size: string }[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ").join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const scrollsSideways = (el: Element) => {
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if ((style.overflowX === "auto" || style.overflowX === "scroll") && node.scrollWidth > node.clientWidth + 1 && !node.classList.contains("zaui-page")) return true;
      }
      return false;
    };
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest(".visually-hidden, svg, script, style")) continue;
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      if (!hasText) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY) || style.textOverflow === "ellipsis";
      if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        found.push({ what: describe(el), size: `content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}` });
      } else if (rect.right > width + 1 && !scrollsSideways(el)) {
        found.push({ what: describe(el), size: `right edge at ${Math.round(rect.right)} of ${width}` });
      }
    }
    return found;
  });
}

/** What the fixed bars cover: the header must not hide the first line, nor the bottom bar the last. */
export async function barsCoverContent(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const problems: string[] = [];
    const header = document.querySelector(".zaui-header");
    const nav = document.querySelector(".zaui-bottom-navigation-content");
    const body = document.querySelector(".page-body, .home-page");
    if (!body) return ["no page body"];
    const first = body.firstElementChild;
    if (header && first) {
      const h = header.getBoundingClientRect();
      const f = first.getBoundingClientRect();
      if (f.top < h.bottom - 1) problems.push(`header (bottom ${Math.round(h.bottom)}) covers the first block (top ${Math.round(f.top)})`);
    }
    const title = document.querySelector(".zaui-header-title");
    if (title && title.scrollHeight > title.clientHeight + 1) problems.push("header title is cut");
    // Scroll to the very end (whichever element scrolls): the last block must end above the bottom bar.
    const blocks = Array.from(body.querySelectorAll(":scope > *")).filter((e) => e.getBoundingClientRect().height > 0);
    const last = blocks[blocks.length - 1];
    last?.scrollIntoView({ block: "end" });
    for (let node: Element | null = last ?? null; node; node = node.parentElement) node.scrollTop = node.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (nav && last) {
      const n = nav.getBoundingClientRect();
      const l = last.getBoundingClientRect();
      if (l.bottom > n.top + 1) problems.push(`bottom bar (top ${Math.round(n.top)}) covers the last block (bottom ${Math.round(l.bottom)})`);
    }
    for (let node: Element | null = last ?? null; node; node = node.parentElement) node.scrollTop = 0;
    window.scrollTo(0, 0);
    return problems;
  });
}

/** The root font size in CSS px. */
export function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
}

/**
 * Font sizes of every element that holds text, in document order (to compare two text sizes).
 * The bottom bar is left out: its labels grow only to 18 px (see app.css), checked on their own.
 */
export function textFontSizes(page: Page, within = "body"): Promise<number[]> {
  return page.evaluate((root) =>
    Array.from(document.querySelectorAll(`${root} *`))
      .filter((el) => root !== "body" || !el.closest(".zaui-bottom-navigation"))
      .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""))
      .filter((el) => !el.closest("svg, script, style, .visually-hidden"))
      .map((el) => parseFloat(getComputedStyle(el).fontSize)),
  within);
}
