import { existsSync } from "node:fs";
import { buildIfNeeded } from "../../src/server/cli/build-if-needed";
import { CHROMIUM_PATH } from "./browser";

/** Browser tests run the real built app: build it once for the whole run, and check Chromium is there. */
export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install Debian's browser and fonts: apt-get install -y chromium fonts-noto-core`);
  }
  buildIfNeeded((line) => process.stdout.write(`${line}\n`));
}
