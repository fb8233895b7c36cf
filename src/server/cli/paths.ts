import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const APP_DIR = fileURLToPath(new URL("../../../www/", import.meta.url));
export const CONSOLE_DIR = fileURLToPath(new URL("../../../dist/console/", import.meta.url));
