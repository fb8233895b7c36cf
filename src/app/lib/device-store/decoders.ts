/**
 * Checks for what comes back from the phone's storage: an older app version, another helper's
 * bug or a half-written value may have left any shape there. A decoder returns the value in the
 * shape the app expects now, or null to drop it.
 */
export type Decoder<T> = (raw: unknown) => T | null;

export const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === "object" && raw !== null && !Array.isArray(raw);

export const aString: Decoder<string> = (raw) => (typeof raw === "string" ? raw : null);
export const aBoolean: Decoder<boolean> = (raw) => (typeof raw === "boolean" ? raw : null);
export const anInteger: Decoder<number> = (raw) => (Number.isInteger(raw) ? (raw as number) : null);

export function oneOf<const V extends string>(values: readonly V[]): Decoder<V> {
  return (raw) => (values.includes(raw as V) ? (raw as V) : null);
}

/** An array whose items fail `item` are left out (one bad entry does not cost the rest). */
export function listOf<T>(item: Decoder<T>): Decoder<T[]> {
  return (raw) => (Array.isArray(raw) ? raw.map(item).filter((x): x is T => x !== null) : null);
}

/** An object with at least these fields of these types; other fields are kept as they are. */
export function recordWith<T extends Record<string, unknown>>(fields: { [K in keyof T]?: (v: unknown) => boolean }): Decoder<T> {
  const checks = Object.entries(fields).filter((entry): entry is [string, (v: unknown) => boolean] => typeof entry[1] === "function");
  return (raw) => (isRecord(raw) && checks.every(([name, ok]) => ok(raw[name])) ? (raw as T) : null);
}

export const isString = (v: unknown): boolean => typeof v === "string";
export const isNumber = (v: unknown): boolean => typeof v === "number";
export const isArray = (v: unknown): boolean => Array.isArray(v);
