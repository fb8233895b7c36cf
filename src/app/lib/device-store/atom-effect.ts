import { DefaultValue, type AtomEffect } from "recoil";
import { readValue, writeValue } from "./store";
import type { StoredKey } from "./stored-key";

/** How an atom's value comes from the device store and goes back to it. */
export type StoredBinding<A> = {
  load(): Promise<A>;
  /** `previous` is undefined when the atom still had its default. */
  save(value: A, previous: A | undefined): void | Promise<void>;
};

/**
 * The one way an atom keeps its value on the phone: read once when the atom is first used,
 * written on every change. Storage failures never reach the screen (the store falls back to
 * memory for the session).
 */
export function storedAtomEffect<A>(binding: StoredBinding<A>): AtomEffect<A> {
  return ({ trigger, setSelf, onSet }) => {
    if (trigger === "get") void binding.load().then(setSelf, () => undefined);
    onSet((value, previous) => {
      void Promise.resolve(binding.save(value, previous instanceof DefaultValue ? undefined : previous)).catch(() => undefined);
    });
  };
}

/**
 * One key bound to an atom. `toStored` returning undefined skips the write (e.g. "not read yet");
 * null removes the key.
 */
export function keyBinding<T, A>(
  key: StoredKey<T>,
  map: { id?: string; toAtom(saved: T | null): A; toStored(value: A): T | null | undefined },
): StoredBinding<A> {
  return {
    load: async () => map.toAtom(await readValue(key, map.id)),
    save: (value) => {
      const stored = map.toStored(value);
      return stored === undefined ? undefined : writeValue(key, stored, map.id);
    },
  };
}
