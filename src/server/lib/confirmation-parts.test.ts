import { describe, expect, it } from "vitest";
import { loadProcedureCatalogue } from "../db/seed/catalogue/load-procedures";
import { CONFIRMATION_PARTS } from "../../shared/schemas/procedure-confirmation";
import { partHash, partStatuses } from "./confirmation-parts";

const [procedure] = loadProcedureCatalogue();
if (!procedure) throw new Error("the catalogue has procedures");

/** The same object with every key in reverse order, as jsonb may give it back. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

describe("hashes of a procedure's parts", () => {
  it("do not depend on the order of keys", () => {
    const shuffled = reversedKeys(procedure) as typeof procedure;
    for (const part of CONFIRMATION_PARTS) expect(partHash(shuffled, part, "office")).toBe(partHash(procedure, part, "office"));
  });

  it("change for the part whose text changed, and only for it", () => {
    const channels = procedure.channels.map((c, i) => (i === 0 ? { ...c, timeLimit: `${c.timeLimit ?? ""} (sửa)` } : c));
    const changed = { ...procedure, channels };
    const differs = CONFIRMATION_PARTS.filter((part) => partHash(changed, part, "office") !== partHash(procedure, part, "office"));
    expect(differs).toEqual(["time"]);
    expect(partHash(procedure, "where", "another-office")).not.toBe(partHash(procedure, "where", "office"));
  });

  it("a confirmation holds until the end of the review period, then lapses", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const stored = [{ part: "fee" as const, confirmedAt: at, confirmedBy: "x", note: null, hash: partHash(procedure, "fee", null) }];
    const fee = (now: string) => partStatuses(procedure, null, stored, new Date(now), 30).find((s) => s.part === "fee");
    expect(fee("2026-01-30T23:59:59Z")?.state).toBe("confirmed");
    expect(fee("2026-01-31T00:00:00Z")).toMatchObject({ state: "expired", lapsedAt: new Date("2026-01-31T00:00:00Z") });
  });
});
