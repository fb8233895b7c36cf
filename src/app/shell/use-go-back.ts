import { useCallback } from "react";
import useNavigate from "zmp-ui/useNavigate";

/**
 * Back that never leaves the app. react-router numbers the entries of this visit in
 * `history.state.idx`; on the first screen of a visit (opened from a shared link, a deep link or
 * a notification) there is nothing of ours behind it, and going back would close the mini app or
 * show a blank page, so `fallback` (home unless said otherwise) takes its place.
 */
export function useGoBack(fallback = "/"): () => void {
  const navigate = useNavigate();
  return useCallback(() => {
    const state = window.history.state as { idx?: unknown } | null;
    const index = typeof state?.idx === "number" ? state.idx : 0;
    if (index > 0) navigate(-1);
    else navigate(fallback, { replace: true, direction: "backward" });
  }, [navigate, fallback]);
}
