import { describe, expect, it } from "vitest";
import { fitWithin, shrinkToBudget } from "./photo-resize";

describe("photos are shrunk on the phone", () => {
  it("fits the long side within 1600 px, keeping the shape, never enlarging", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it("lowers quality, then size, until the JPEG is within the budget", async () => {
    const tries: string[] = [];
    // Bytes roughly ∝ pixels × quality, as a JPEG encoder gives.
    const encode = (scale: number, quality: number) => {
      tries.push(`${scale}@${quality}`);
      return Promise.resolve(new Blob([new Uint8Array(Math.round(900_000 * scale * scale * quality))]));
    };
    const blob = await shrinkToBudget(encode, 300_000);
    expect(blob.size).toBeLessThanOrEqual(300_000);
    expect(tries[0]).toBe("1@0.82");
    expect(tries.at(-1)).toBe("0.75@0.55");
  });

  it("stops at the first try that fits", async () => {
    let count = 0;
    const blob = await shrinkToBudget(() => Promise.resolve(new Blob([new Uint8Array(1000 + count++)])), 300_000);
    expect(count).toBe(1);
    expect(blob.size).toBe(1000);
  });
});
