import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Contract } from "../../src/shared/api/contract";
import { ERROR_CODES } from "../../src/shared/api/error-codes";
import { routeSchema } from "../../src/server/routes/serve";
import { ErrorResponseSchema } from "../../src/shared/schemas/common";

// Issue 14: one contract per endpoint, and the server registers each route from its contract.
const ROOT = new URL("../../", import.meta.url).pathname;
const API_DIR = "src/shared/api";
const ROUTES_DIR = "src/server/routes";

const isContract = (value: unknown): value is Contract =>
  typeof value === "object" && value !== null && typeof (value as Contract).path === "string" && typeof (value as Contract).summary === "string";

async function allContracts(): Promise<Contract[]> {
  const files = readdirSync(join(ROOT, API_DIR)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const found = new Set<Contract>();
  for (const file of files) {
    const module = (await import(join(ROOT, API_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (isContract(value)) found.add(value);
      else if (typeof value === "object" && value !== null) for (const inner of Object.values(value)) if (isContract(inner)) found.add(inner);
    }
  }
  return [...found];
}

describe("endpoint contracts", () => {
  it("declares each method and path once", async () => {
    const contracts = await allContracts();
    expect(contracts.length).toBeGreaterThan(60);
    const keys = contracts.map((c) => `${c.method} ${c.path}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("gives each error status the common error body, unless the contract has a body of its own for it", async () => {
    for (const c of await allContracts()) {
      const schema = routeSchema(c);
      for (const status of Object.keys(c.errors ?? {})) {
        const own = c.response?.[Number(status)];
        expect(schema.response?.[Number(status)], `${c.method} ${c.path} ${status}`).toBe(own ?? ErrorResponseSchema);
      }
      for (const codes of Object.values(c.errors ?? {})) for (const code of codes ?? []) expect(ERROR_CODES).toContain(code);
    }
  });

  it("is how every route is registered: no route in src/server/routes is declared by hand", () => {
    const files = readdirSync(join(ROOT, ROUTES_DIR)).filter((f) => f.endsWith(".ts") && f !== "serve.ts");
    const byHand = files.filter((f) => /\bapp\s*\.\s*(?:get|post|put|patch|delete|head|route)\s*\(/.test(readFileSync(join(ROOT, ROUTES_DIR, f), "utf8")));
    expect(byHand).toEqual([]);
  });
});
