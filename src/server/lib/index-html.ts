import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderHomePreview } from "../../shared/home-preview";
import type { BootAnswers } from "./boot-data";

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\.?\/?(assets\/[^"]+\.css)"[^>]*>/;

/**
 * The built page with its stylesheet inside instead of linked: the pre-rendered home must be drawn
 * as the app draws it from the first byte, and a linked stylesheet would hold the whole page back
 * for one more round trip (two seconds on a weak signal). 10 kB compressed per open; the file stays
 * in the build for Zalo, which loads it from app-config.json.
 */
export function inlineStylesheet(html: string, appDir: string): string {
  const link = STYLESHEET_LINK.exec(html);
  const file = link?.[1] ? join(appDir, link[1]) : null;
  if (!link || !file || !existsSync(file)) return html;
  const css = readFileSync(file, "utf8").replace(/<\/style/gi, "<\\/style");
  return html.replace(link[0], () => `<style>${css}</style>`);
}

// Where the web app shows home: the site's root and the router's base (src/app/shell/web-routing.ts).
const HOME_PATHS = /^\/(index\.html)?$|^\/zapps\/[^/]+\/?$/;
export const isHomePath = (path: string): boolean => HOME_PATHS.test(path);
const APP_ROOT = '<div id="app"></div>';
// The app renders out of sight while the preview shows; src/app/lib/home-preview-swap.ts removes
// the preview once the app's home has its content, and the rule then no longer applies.
const PREVIEW_RULES = "<style>#home-preview{height:100%}#home-preview+#app{display:none}</style>";

/** Home's first screen as static HTML in front of the app's root, on home's addresses only. */
export function withHomePreview(html: string, path: string, boot: BootAnswers): string {
  if (!isHomePath(path) || !boot.ward || !boot.latest || !html.includes(APP_ROOT)) return html;
  const preview = renderHomePreview(boot.ward, boot.latest, boot.at, "");
  const drawn = html.replace(APP_ROOT, () => `${PREVIEW_RULES}<div id="home-preview">${preview}</div>${APP_ROOT}`);
  return startAppAfterPaint(drawn);
}

const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
// Starts the app's code once the preview has been painted. When the code is already on the phone,
// the browser would run a module script as soon as the page is parsed and before its first paint:
// on a cheap phone that is half a second of a blank screen over a page that is already here. The
// modulepreload link still fetches (and compiles) the code at once; only running it waits.
export const START_AFTER_PAINT =
  'requestAnimationFrame(function(){setTimeout(function(){var l=document.getElementById("cds-app-code");' +
  'var s=document.createElement("script");s.type="module";s.crossOrigin="";s.src=l.href;document.body.appendChild(s)},0)})';
/** For the Content-Security-Policy: the one inline script the server writes, by its hash. */
export const START_AFTER_PAINT_HASH = `'sha256-${createHash("sha256").update(START_AFTER_PAINT).digest("base64")}'`;

/** The page's module script replaced by a preload and a start after the first paint. */
export function startAppAfterPaint(html: string): string {
  const script = APP_SCRIPT.exec(html);
  if (!script) return html;
  const preload = `<link rel="modulepreload" crossorigin id="cds-app-code" href="${script[1]}">`;
  return html.replace(script[0], () => preload).replace("</body>", () => `<script>${START_AFTER_PAINT}</script></body>`);
}
