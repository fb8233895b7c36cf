/**
 * Three texts of one thing after a 409: what the clerk loaded (base), what they have on screen
 * (mine) and what a colleague saved meanwhile (theirs). Merging starts from theirs, so the newer
 * version number and everything the form does not edit come from the server.
 */
export type Conflict<T> = { base: T; mine: T; theirs: T };
export type Side = "mine" | "theirs";
export type Choices<T> = Partial<Record<keyof T, Side>>;

/** A field the conflict panel compares, by its label on the form; `text` turns lists into lines. */
export type FieldSpec<T> = { [K in keyof T]: { key: K; label: string; text?: (value: T[K]) => string } }[keyof T];

export type FieldComparison<T> = {
  key: keyof T;
  label: string;
  mine: string;
  theirs: string;
  /** The two texts differ: the clerk must see this field. */
  differs: boolean;
  mineChanged: boolean;
  theirsChanged: boolean;
};

/** Deep equality of JSON-like values, whatever the key order (a form rebuilds objects in its own order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return (a ?? null) === (b ?? null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => sameValue(ra[k], rb[k]));
}

const shown = <T>(spec: FieldSpec<T>, value: T[keyof T]): string => {
  const text = spec.text as ((v: T[keyof T]) => string) | undefined;
  if (text) return text(value);
  if (value === null || value === undefined || value === "") return "(trống)";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return typeof value === "object" ? JSON.stringify(value) : String(value as string | number);
};

export function compareFields<T>(conflict: Conflict<T>, specs: FieldSpec<T>[]): FieldComparison<T>[] {
  return specs.map((spec) => {
    const { base, mine, theirs } = { base: conflict.base[spec.key], mine: conflict.mine[spec.key], theirs: conflict.theirs[spec.key] };
    return {
      key: spec.key,
      label: spec.label,
      mine: shown(spec, mine),
      theirs: shown(spec, theirs),
      differs: !sameValue(mine, theirs),
      mineChanged: !sameValue(base, mine),
      theirsChanged: !sameValue(base, theirs),
    };
  });
}

/** "Re-apply mine": each field the clerk changed keeps their text; the fields they left alone take the newer one. */
export function reapplyChoices<T>(conflict: Conflict<T>, specs: FieldSpec<T>[]): Choices<T> {
  const choices: Choices<T> = {};
  for (const spec of specs) choices[spec.key] = sameValue(conflict.base[spec.key], conflict.mine[spec.key]) ? "theirs" : "mine";
  return choices;
}

/** The newer version with the clerk's text in every field chosen "mine". */
export function mergeFields<T>(conflict: Conflict<T>, choices: Choices<T>): T {
  const merged = { ...conflict.theirs };
  for (const key of Object.keys(choices) as (keyof T)[]) {
    if (choices[key] === "mine") merged[key] = conflict.mine[key];
  }
  return merged;
}
