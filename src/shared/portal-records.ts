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
  // Chứng thực, bảo trợ xã hội, căn cước, hộ kinh doanh and further cư trú codes: ids from the
  // portal's own catalogue list in the same copy (code → record id).
  "1.001266": "019d2bfb-d748-72d1-848f-3607bc86e647",
  "1.001570": "019d2bfb-d768-7446-bd77-3bb11051041c",
  "1.001612": "019d2bfb-d76d-737f-81b9-69258b07240b",
  "1.001699": "019d2bfe-b7cd-76e9-b909-bcf437629cb8",
  "1.001731": "019d2bfe-b7dd-7239-b166-b6cd79d326b8",
  "1.001776": "019d2bfe-b7e6-740b-9573-24f800e8664d",
  "1.010028": "019d2bf7-7f06-7316-a1c8-3255e08fe2f5",
  "1.010039": "019d2bf7-7efc-770c-b60b-dcb21433cea1",
  "1.010040": "019d2bf7-7efc-7491-9ac8-527fe53522e4",
  "1.013314": "019d2bf7-9660-707e-97b1-ef8876f54d3b",
  "1.014027": "019d2bff-2d80-74d8-8515-90f6f61822f0",
  "1.014063": "019d2bf7-9e0f-730b-9510-60349ebab5b2",
  "2.000575": "019d2bfc-d9d1-7475-8e58-1aa4479901eb",
  "2.000720": "019d2bfc-d9ca-768c-a8f4-cc0dff5f41ed",
  "2.000815": "019d2bfd-8e22-77ef-819f-e49460350904",
  "2.000884": "019d2bfd-8e2e-7359-b42f-d5dc8d74741b",
  "2.000908": "019d2bfd-8e5d-72f9-8cf2-c71780251483",
  "2.001008": "019d2bfd-95d4-72d6-be00-ed0e9e5dd66a",
  "2.001019": "019d2bfd-95f0-7610-845f-c097f144bd55",
  "2.001035": "019d2bfd-95fa-70ca-93fd-4cab11b87897",
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
