import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("uses the embedded database and port 8080 by default", () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(config.corsOrigins).toContain("https://h5.zdn.vn");
  });

  it("switches to PostgreSQL when DATABASE_URL is set and converts numbers and booleans", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@h/db", PORT: "9000", SEED_DEMO: "false", CORS_ORIGINS: "https://a.vn, https://b.vn" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@h/db" });
    expect(config.port).toBe(9000);
    expect(config.seedDemo).toBe(false);
    expect(config.corsOrigins).toEqual(expect.arrayContaining(["https://a.vn", "https://b.vn"]));
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["LOG_LEVEL", "loud"],
  ])("names the bad variable %s=%s", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
