import { useEffect, useState } from "react";
import { useRecoilCallback, useRecoilValue, type RecoilValue } from "recoil";
import type { SearchResult } from "../../../shared/schemas/search";
import { wardSlugState } from "../../lib/ward-state";
import { searchSavedCopies } from "./local-search";
import { fetchSearch } from "./search-api";

const LIMIT = 30;
const SUGGESTIONS = 5;
/** Typing pauses about this long between words: search when the resident stops, not at every letter. */
const DEBOUNCE_MS = 300;
// The server accepts up to 200 characters; nobody types more, a paste is cut instead of refused.
const MAX_QUERY = 200;

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "done"; result: SearchResult; fromDevice: boolean }
  | { status: "failed"; message: string };

/**
 * Asks the server (which counts searches that found nothing for the ward), and when the network
 * or the server fails, runs the same search over the copies kept on the phone.
 */
export function useSearch(query: string): SearchState {
  const ward = useRecoilValue(wardSlugState);
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const searchOnDevice = useRecoilCallback(
    ({ snapshot }) =>
      async (q: string) => {
        const release = snapshot.retain();
        try {
          return await searchSavedCopies(<T,>(value: RecoilValue<T>) => snapshot.getPromise(value), q, LIMIT, SUGGESTIONS);
        } finally {
          release();
        }
      },
    [],
  );

  useEffect(() => {
    const q = query.trim().slice(0, MAX_QUERY);
    if (!q) {
      setState({ status: "idle" });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === "done" ? previous : { status: "loading" }));
    const timer = window.setTimeout(() => {
      fetchSearch(ward, q, LIMIT)
        .then((result) => ({ status: "done" as const, result, fromDevice: false }))
        .catch(async (error: { retryable?: boolean; message?: string }) => {
          if (error.retryable === false) return { status: "failed" as const, message: error.message ?? "Không tìm được." };
          return { status: "done" as const, result: await searchOnDevice(q), fromDevice: true };
        })
        .catch(() => ({ status: "failed" as const, message: "Không tìm được trên máy. Hãy thử lại khi có mạng." }))
        .then((next) => {
          if (current) setState(next);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, ward, searchOnDevice]);
  return state;
}
