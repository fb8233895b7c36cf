import type { Reporter, TestModule } from "vitest/node";

/**
 * Vitest's own summary is a table; CI reads a plain closing line. This prints one after it:
 * "Tests: N passed, N failed, N skipped".
 */
export default class SummaryReporter implements Reporter {
  private line = "";

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    this.line = `Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  }

  // The default reporter prints its table in onFinished, which Vitest calls after onTestRunEnd.
  onFinished(): void {
    if (this.line) process.stdout.write(`${this.line}\n`);
  }
}
