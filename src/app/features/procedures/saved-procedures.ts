import { useStoredState } from "../../lib/use-stored-state";

/** Slugs of the procedures the resident saved, newest first. */
export function useSavedProcedures() {
  const [saved, setSaved, loaded] = useStoredState<string[]>("saved-procedures", []);
  const toggle = (slug: string) => setSaved((list) => (list.includes(slug) ? list.filter((s) => s !== slug) : [slug, ...list]));
  return { saved, toggle, loaded };
}
