import { useStoredState } from "../../lib/use-stored-state";
import { DEVICE_KEYS } from "../../lib/device-store/keys";

/** Slugs of the procedures the resident saved, newest first. */
export function useSavedProcedures() {
  const [saved, setSaved, loaded] = useStoredState<string[]>(DEVICE_KEYS.savedProcedures, undefined, []);
  const toggle = (slug: string) => setSaved((list) => (list.includes(slug) ? list.filter((s) => s !== slug) : [slug, ...list]));
  return { saved, toggle, loaded };
}
