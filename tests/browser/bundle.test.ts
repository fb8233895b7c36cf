import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/server/cli/paths";

// The build the browser tests run (tests/browser/global-setup.ts) is the one Zalo receives.
describe("what the phone downloads", () => {
  it("carries the API contracts' paths, but not TypeBox or the schemas only the server checks", () => {
    const dir = join(REPO_ROOT, "www", "assets");
    const scripts = readdirSync(dir).filter((f) => f.endsWith(".js"));
    const code = scripts.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
    expect(code).toContain('"/wards/:ward/announcements"');
    // TypeBox marks every schema it builds with this key.
    expect(code).not.toContain("~kind");
  });
});
