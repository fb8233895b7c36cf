import { useCallback, useState } from "react";
import { errorStatus } from "../console-api";
import type { Conflict } from "./merge-fields";

/**
 * One versioned thing open in a form: the server's copy it started from, the clerk's draft, and
 * after a 409 the conflict (shown by ConflictPanel) with the newer copy. The view still says how
 * to send a save and what to tell the clerk; this only decides what a 409 does.
 */
export function useVersionedEditor<T>(latest: (mine: T) => Promise<T>) {
  const [base, setBase] = useState<T | null>(null);
  const [draft, setDraft] = useState<T | null>(null);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);

  /** Start editing this copy (or close the form with null). */
  const open = useCallback((value: T | null) => {
    setBase(value);
    setDraft(value);
    setConflict(null);
  }, []);

  /** Sends the save; on a 409 fetches the newer copy and answers null. Other errors are the caller's. */
  const save = async <R>(value: T, send: () => Promise<R>): Promise<R | null> => {
    setDraft(value);
    try {
      const saved = await send();
      setConflict(null);
      return saved;
    } catch (e) {
      if (errorStatus(e) !== 409 || base === null) throw e;
      setConflict({ base, mine: value, theirs: await latest(value) });
      return null;
    }
  };

  /** The panel's merge: continue from the newer version with this text; the caller saves it. */
  const resolve = (merged: T): T => {
    if (conflict) setBase(conflict.theirs);
    setDraft(merged);
    setConflict(null);
    return merged;
  };
  const takeTheirs = () => conflict && open(conflict.theirs);

  // The panel compares the clerk's draft as it is now: typing on while deciding is kept too.
  const shown = conflict && draft !== null ? { ...conflict, mine: draft } : conflict;
  return { draft, setDraft, open, save, conflict: shown, resolve, takeTheirs };
}
