import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../../lib/http";

export type Loaded<T> = { data: T | null; error: ApiRequestError | null; loading: boolean; reload: () => void };

/** One fetch tied to a screen: result, error in the resident's words, and a retry. */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiRequestError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  // `load` is a new closure every render; `key` says what it loads, so only a new key (or a retry)
  // loads again, with the newest closure.
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    latest.current().then(
      (data) => !cancelled && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        !cancelled && setState((s) => ({ data: s.data, error: error instanceof ApiRequestError ? error : new ApiRequestError("Đã có lỗi. Hãy thử lại.", null, true), loading: false })),
    );
    return () => {
      cancelled = true;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
