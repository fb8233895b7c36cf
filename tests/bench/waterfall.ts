import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildIfNeeded } from "../../src/server/cli/build-if-needed";
import { launchBrowser, phoneContext } from "../browser/browser";
import { firstOpen, throttle } from "../browser/slow-phone";
import { startApiProcess } from "../support/server-process";

// `npx tsx tests/bench/waterfall.ts`: every request a first open makes on the slow profile, empty
// cache and warm, with when it started and ended and its bytes on the wire.
type Row = { url: string; start: number; end: number; bytes: number; status: number; fromCache: boolean; encoding: string };

async function record(page: Page, t0: () => number): Promise<Row[]> {
  const rows: Row[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const open = new Map<string, Row>();
  cdp.on("Network.requestWillBeSent", (e) => open.set(e.requestId, { url: e.request.url, start: t0(), end: 0, bytes: 0, status: 0, fromCache: false, encoding: "" }));
  cdp.on("Network.responseReceived", (e) => {
    const r = open.get(e.requestId);
    if (r) {
      r.status = e.response.status;
      r.fromCache = e.response.fromDiskCache === true || e.response.fromServiceWorker === true || e.response.fromPrefetchCache === true;
      const h = e.response.headers as Record<string, string>;
      r.encoding = h["content-encoding"] ?? h["Content-Encoding"] ?? "";
    }
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = open.get(e.requestId);
    if (r) {
      r.end = t0();
      r.bytes = e.encodedDataLength;
      rows.push(r);
    }
  });
  return rows;
}

buildIfNeeded((l) => process.stdout.write(`${l}\n`));
const dataDir = mkdtempSync(join(tmpdir(), "cds-waterfall-"));
const api = await startApiProcess({ DATA_DIR: dataDir });
const browser = await launchBrowser();
try {
  const ward = (await (await fetch(`${api.origin}/api/v1/wards/hoa-cuong`)).json()) as { name: string };
  const context = await phoneContext(browser);
  for (const label of ["empty cache", "warm"]) {
    const page = await context.newPage();
    await throttle(page);
    let started = Date.now();
    const rows = await record(page, () => Date.now() - started);
    started = Date.now();
    const ms = await firstOpen(page, api.origin, ward.name);
    const reactAt = await page
      .waitForSelector(".zaui-bottom-navigation", { timeout: 60_000 })
      .then(() => Date.now() - started)
      .catch(() => -1);
    await page.waitForTimeout(500);
    // When pixels first appeared, from the browser's own clock (the test's polling waits for long tasks).
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1);
    process.stdout.write(`\n${label}: content after ${ms} ms (first contentful paint ${Math.round(fcp)} ms after navigation), app running (bottom bar) after ${reactAt} ms\n`);
    for (const r of rows.filter((x) => x.start <= Math.max(ms, reactAt)).sort((a, b) => a.start - b.start).slice(0, 14)) {
      process.stdout.write(
        `  ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} ms  ${String(r.bytes).padStart(7)} B ${r.status} ${r.encoding || "-"} ${r.fromCache ? "(cache)" : ""} ${r.url.replace(api.origin, "")}\n`,
      );
    }
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  await api.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
