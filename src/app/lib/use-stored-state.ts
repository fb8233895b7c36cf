import { useCallback, useEffect, useRef, useState } from "react";
import { readValue, writeValue } from "./device-store/store";
import type { StoredKey } from "./device-store/stored-key";

/**
 * State that survives a reload: read from the device store once, written on every change (null
 * removes it). `id` picks the entry of a family key (a guide's slug…). `loaded` is false until
 * the saved value is read, so callers do not overwrite it with the initial one.
 */
export function useStoredState<T, I extends T | null = T>(
  key: StoredKey<T>,
  id: string | undefined,
  initial: I,
): [T | I, (update: (current: T | I) => T | I) => void, boolean] {
  const [state, setState] = useState<{ value: T | I; loaded: boolean }>({ value: initial, loaded: false });
  // A default for a missing value, not an input that should reload the key.
  const initialValue = useRef(initial);
  useEffect(() => {
    let cancelled = false;
    void readValue(key, id).then((saved) => {
      if (!cancelled) setState({ value: saved ?? initialValue.current, loaded: true });
    });
    return () => {
      cancelled = true;
    };
  }, [key, id]);
  const update = useCallback(
    (change: (current: T | I) => T | I) =>
      setState((current) => {
        const value = change(current.value);
        void writeValue<T>(key, value, id);
        return { value, loaded: true };
      }),
    [key, id],
  );
  return [state.value, update, state.loaded];
}
