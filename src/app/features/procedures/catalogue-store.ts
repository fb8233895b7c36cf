import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { readValue, writeValue } from "../../lib/device-store/store";
import { fetchProcedureCatalogue } from "./procedures-api";

/** The catalogue as the app keeps it on the device, so procedures work with no signal. */
export type CatalogueSnapshot = {
  items: ProcedureDetail[];
  /** The server's time of the copy: the next refresh asks only for what changed after it. */
  generatedAt: string;
  /** "network" just now, or "device" when the refresh failed and the saved copy is shown. */
  source: "network" | "device";
};

export async function readSavedCatalogue(ward: string): Promise<CatalogueSnapshot | null> {
  const saved = await readValue(DEVICE_KEYS.catalogue, ward);
  return saved ? { ...saved, source: "device" } : null;
}

/** Downloads everything the first time, then only what changed, and saves the result. */
export async function refreshCatalogue(ward: string, saved: CatalogueSnapshot | null): Promise<CatalogueSnapshot> {
  const update = await fetchProcedureCatalogue(ward, saved?.generatedAt);
  const bySlug = new Map((saved?.items ?? []).map((p) => [p.slug, p]));
  for (const item of update.items) bySlug.set(item.slug, item);
  const current = new Set(update.slugs);
  const items = [...bySlug.values()].filter((p) => current.has(p.slug));
  const snapshot: CatalogueSnapshot = { items, generatedAt: update.generatedAt, source: "network" };
  await writeValue(DEVICE_KEYS.catalogue, snapshot, ward);
  return snapshot;
}

/** The saved copy at once if there is one (weak signal must not mean a blank screen), else the network. */
export async function initialCatalogue(ward: string): Promise<CatalogueSnapshot> {
  return (await readSavedCatalogue(ward)) ?? refreshCatalogue(ward, null);
}
