import { existsSync } from "node:fs";
import { CHROMIUM_PATH, launchBrowser, phoneContext } from "../browser/browser";
import { CPU_SLOWDOWN, firstOpen, SLOW_3G, throttle } from "../browser/slow-phone";

const RUNS = 3;

/**
 * First open of the mini app (empty cache) until home shows the ward and its first announcement:
 * on a phone-size Chromium as it is, and with slow 3G and a 4× slower CPU, side by side.
 */
export async function slowPhoneBenchmark(base: string, wardName: string, say: (line?: string) => void): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    say(`First open on a slow phone: skipped, no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-core).`);
    return;
  }
  const browser = await launchBrowser();
  try {
    const measure = async (slow: boolean) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await phoneContext(browser);
        const page = await context.newPage();
        if (slow) await throttle(page);
        times.push(await firstOpen(page, base, wardName));
        await context.close();
      }
      return times.sort((a, b) => a - b);
    };
    const fast = await measure(false);
    const slow = await measure(true);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    say(`First open, empty cache, until home shows the ward and its first announcement (${RUNS} runs each, median [min–max]):`);
    say("| phone | time |");
    say("|---|---|");
    say(`| phone-size Chromium, loopback network | ${s(fast[1] ?? 0)} [${s(fast[0] ?? 0)}–${s(fast[RUNS - 1] ?? 0)}] |`);
    say(
      `| slow 3G (${SLOW_3G.latency} ms, ${Math.round(SLOW_3G.downloadThroughput / 1000)} kB/s) + CPU ${CPU_SLOWDOWN}× slower | ${s(slow[1] ?? 0)} [${s(slow[0] ?? 0)}–${s(slow[RUNS - 1] ?? 0)}] |`,
    );
  } finally {
    await browser.close();
  }
}
