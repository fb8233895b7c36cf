import { describe, expect, it } from "vitest";
import { enqueue } from "./save-queue";

// The announcement editor's autosave and "Đăng ngay" share one queue: each write reads the version
// the previous one returned when it starts. This is the race it closes, with a fake server.
describe("one write at a time", () => {
  it("a publish asked for while an autosave is under way waits for it and uses the version it returned", async () => {
    let serverVersion = 1;
    const sent: string[] = [];
    const queue = { current: Promise.resolve() as Promise<unknown> };
    const current = { version: 1 };
    const write = (what: string) => async () => {
      await new Promise((resolve) => setTimeout(resolve, what === "autosave" ? 30 : 1));
      if (current.version !== serverVersion) throw new Error(`409 on ${what}`);
      sent.push(`${what}@${current.version}`);
      current.version = serverVersion += 1;
    };
    const autosave = enqueue(queue, write("autosave"));
    const publish = enqueue(queue, write("publish"));
    await Promise.all([autosave, publish]);
    expect(sent).toEqual(["autosave@1", "publish@2"]);
  });

  it("a failed write does not stop the next one", async () => {
    const queue = { current: Promise.resolve() as Promise<unknown> };
    const failed = enqueue(queue, () => Promise.reject(new Error("network")));
    await expect(failed).rejects.toThrow("network");
    await expect(enqueue(queue, () => Promise.resolve("saved"))).resolves.toBe("saved");
  });
});
