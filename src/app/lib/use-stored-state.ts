import { useCallback, useEffect, useState } from "react";
import { storage } from "../platform/zalo";

/**
 * State that survives a reload: read from device storage once, written on every change.
 * `loaded` is false until the saved value is read, so callers do not overwrite it with the initial one.
 */
export function useStoredState<T>(key: string, initial: T): [T, (update: (current: T) => T) => void, boolean] {
  const [state, setState] = useState<{ value: T; loaded: boolean }>({ value: initial, loaded: false });
  useEffect(() => {
    let cancelled = false;
    void storage.getItem<T>(key).then((saved) => {
      if (!cancelled) setState({ value: saved ?? initial, loaded: true });
    });
    return () => {
      cancelled = true;
    };
    // `initial` is a default for a missing value, not an input that should reload the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = useCallback(
    (change: (current: T) => T) =>
      setState((current) => {
        const value = change(current.value);
        void storage.setItem(key, value);
        return { value, loaded: true };
      }),
    [key],
  );
  return [state.value, update, state.loaded];
}
