import { useEffect } from "react";
import { useRecoilState, useRecoilValue } from "recoil";
import { wardSlugState } from "../../lib/ward-state";
import { refreshCatalogue } from "./catalogue-store";
import { procedureCatalogueState } from "./procedures-state";

/**
 * Refreshes the catalogue in the background once it is shown from the device; a failed refresh
 * leaves the saved copy in place (marked as such), never an error screen.
 */
export function useCatalogueRefresh(): void {
  const ward = useRecoilValue(wardSlugState);
  const [snapshot, setSnapshot] = useRecoilState(procedureCatalogueState);
  useEffect(() => {
    if (snapshot.source === "network") return;
    let cancelled = false;
    refreshCatalogue(ward, snapshot)
      .then((fresh) => !cancelled && setSnapshot(fresh))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // Once per device copy: a refreshed snapshot has source "network" and stops the effect.
  }, [ward, snapshot, setSnapshot]);
}
