// Answers the server inlined into index.html (see src/server/lib/boot-data.ts), keyed like saved
// copies. Each is used once, for the first request of its key; every later request goes to the
// network. Inside Zalo (index.html is not uploaded) there are none and nothing changes.
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

export function takeBootAnswer<T>(key: string): T | undefined {
  const answers = load();
  if (!answers.has(key)) return undefined;
  const value = answers.get(key) as T;
  answers.delete(key);
  return value;
}
