import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Everything the app keeps on the phone goes through src/app/lib/device-store (key registry,
// versions, byte budget). This fails when code elsewhere talks to storage itself.
const APP = join(__dirname, "../..");
const ALLOWED = ["lib/device-store/", "platform/"];

const FORBIDDEN: { why: string; pattern: RegExp }[] = [
  { why: "browser storage used directly", pattern: /\b(localStorage|sessionStorage|indexedDB|nativeStorage)\b/ },
  { why: "Zalo storage API used directly", pattern: /\b(getStorage|setStorage|removeStorage|clearStorage)\s*\(/ },
  { why: "platform storage imported", pattern: /import\s*\{[^}]*\b(storage|observeStorageWrites)\b[^}]*\}\s*from\s*["'][^"']*platform\/zalo/ },
  { why: "a storage key written by hand", pattern: /\.(getItem|setItem|removeItem)\(\s*["'`]/ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const problems = (text: string) => FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);

describe("device storage", () => {
  it("is only touched by the device store (and the platform under it)", () => {
    const found = sourceFiles(APP)
      .map((path) => relative(APP, path).replaceAll("\\", "/"))
      .filter((path) => !ALLOWED.some((allowed) => path.startsWith(allowed)))
      .flatMap((path) => problems(readFileSync(join(APP, path), "utf8")).map((why) => `${path}: ${why}`));
    expect(found).toEqual([]);
  });

  it("catches each way around the store", () => {
    expect(problems(`window.localStorage.setItem("x", "1")`)).toContain("browser storage used directly");
    expect(problems(`sdk.setStorage({ data })`)).toContain("Zalo storage API used directly");
    expect(problems(`import { onAppResume, storage } from "../../platform/zalo";`)).toContain("platform storage imported");
    expect(problems(`await store.setItem("guide-progress:" + slug, p)`)).toContain("a storage key written by hand");
    expect(problems(`await writeValue(DEVICE_KEYS.textSize, id)`)).toEqual([]);
  });
});
