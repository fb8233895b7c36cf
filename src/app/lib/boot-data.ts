// Answers the server inlined into index.html (see src/server/lib/boot-data.ts), keyed like saved
// copies. An answer that came with the page is as fresh as the page: every request of its key in
// the page's first seconds gets it (home's selectors run twice while the saved tổ is read, and the
// second run must not cost a round trip and the API client's code on a weak signal). After that,
// requests go to the network. Inside Zalo (index.html is not uploaded) there are none.
const REUSE_MS = 10_000;
let boot: Map<string, unknown> | null = null;

function load(): Map<string, unknown> {
  if (boot) return boot;
  boot = new Map();
  const text = typeof document === "undefined" ? null : document.getElementById("cds-boot")?.textContent;
  if (!text) return boot;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object") for (const [key, value] of Object.entries(parsed)) boot.set(key, value);
  } catch {
    // A broken slot only costs the round trip it was meant to save.
  }
  return boot;
}

/** Milliseconds since this page started loading (performance.now counts from navigation start). */
const pageAge = (): number => (typeof performance === "undefined" ? 0 : performance.now());

export function takeBootAnswer<T>(key: string, age: number = pageAge()): T | undefined {
  const answers = load();
  if (age > REUSE_MS) answers.clear();
  if (!answers.has(key)) return undefined;
  return answers.get(key) as T;
}

/** For tests: forget what was read, so the next call reads the page again. */
export function resetBootAnswers(): void {
  boot = null;
}
