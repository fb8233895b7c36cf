// Where a procedure lives on the national portal (dichvucong.gov.vn).
//
// Since 2026 the portal is a new site: a procedure's page is /thu-tuc-hanh-chinh/{id}, where {id} is
// the portal's own record id, not the procedure code. The old address form
// /p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=… opens an empty "page not found", so it
// is never used. A code whose record id has not been seen gets a link to the portal's search for
// that code instead, and the app labels that link as a search.

const PORTAL = "https://dichvucong.gov.vn";

/**
 * Record ids seen on the portal itself (a copy of its procedure records taken in July 2026), by
 * procedure code. Add an id only after seeing the record page open; otherwise leave the code out
 * and the search link is used.
 */
export const PORTAL_RECORD_IDS: Readonly<Record<string, string>> = {
  // Hộ tịch
  "1.000656": "019d2bfd-3fac-7489-b53b-9c6c958f2da4",
  "1.000689": "019d2bfd-3faf-768a-9224-9cb889436133",
  "1.000894": "019d2bfd-3fac-7489-b53b-a15eb239a6fe",
  "1.001022": "019d2bfd-3fa6-722f-ac1a-e949c8ce3418",
  "1.001193": "019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7",
  "1.001766": "019d2bfd-47da-7259-b8fe-0d5327727234",
  "1.004746": "019d2bfd-6711-733d-b674-f82cb6606242",
  "1.004837": "019d2bfd-671b-75fa-82fb-8ad05a37f638",
  "1.004845": "019d2bfd-6724-715f-822c-28e986912730",
  "1.004859": "019d2bfd-671e-714b-8fd6-8230c82f7867",
  "1.004873": "019d2bfd-6eb3-7019-bf3f-fc58c9ee44b9",
  "1.004884": "019d2bfd-6eac-7598-b88b-15f8a61b366a",
  "1.005461": "019d2bfd-6ebc-709e-8678-a9f8b66738f2",
  "2.000528": "019d2bfd-8662-763f-927f-dc039ede198c",
  "2.000547": "019d2bfd-8661-77ca-9811-6106ea8c43db",
  "2.000554": "019d2bfd-867a-70eb-bc54-e836b23a4649",
  "2.000635": "019d2bfd-867c-72db-b6a7-dcbd8c763807",
  "2.000779": "019d2bfd-8dff-7296-94d7-25b5966319d5",
  "2.000806": "019d2bfd-8e13-728a-a0cd-635811d8432e",
  "2.002189": "019d2bfd-9dec-73f6-b213-be4bfb4f911b",
  "2.002516": "019d2bfd-a586-71fe-8c10-836e09f0a879",
  // Cư trú
  "1.002755": "019d2bf7-6762-77ee-9a0c-965773ce7afe",
  "1.003197": "019d2bf7-6f18-72e5-974d-ed6803c7178a",
  "1.003677": "019d2bf7-6f56-704f-95b8-8d949272c6ad",
  "1.004194": "019d2bf7-770b-734d-b7fb-5e1995f194f4",
  "1.004222": "019d2bf7-7704-7449-9e95-fe7ebb959aa2",
  "1.010038": "019d2bf7-7f1e-71e3-be3e-7f22dce4ac4d",
  "1.010041": "019d2bf7-7f19-762d-be5e-741f71796016",
  "2.001159": "019d2bf7-adb7-7329-8d7c-db89ef073ced",
};

const SEARCH_PATH = "/tim-kiem-thu-tuc-hanh-chinh";

/** The procedure's record page when its id is known, else the portal's search for the code. */
export function officialProcedureUrl(code: string): string {
  const id = PORTAL_RECORD_IDS[code];
  if (id !== undefined) return `${PORTAL}/thu-tuc-hanh-chinh/${id}`;
  return `${PORTAL}${SEARCH_PATH}?keyword=${encodeURIComponent(code)}`;
}

/** True when the link is a search on the portal rather than the procedure's own page. */
export function isPortalSearchUrl(url: string): boolean {
  return url.startsWith(`${PORTAL}${SEARCH_PATH}?`);
}
