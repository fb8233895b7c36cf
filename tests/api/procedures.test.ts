import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProcedureCatalogue, ProcedureDetail, ProcedureFieldCounts, ProcedurePage } from "../../src/shared/schemas/procedure-api";
import type { Ward } from "../../src/shared/schemas/ward";
import { loadProcedureCatalogue } from "../../src/server/db/seed/catalogue/load-procedures";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
let ward: Ward;
const catalogue = loadProcedureCatalogue();

beforeAll(async () => {
  t = await startTestApp();
  ward = (await t.app.inject("/api/v1/wards/hoa-cuong")).json<Ward>();
});
afterAll(async () => {
  await t?.close();
});

const get = <T>(url: string) => t.app.inject(url).then((res) => ({ status: res.statusCode, body: res.json<T>(), headers: res.headers }));
const base = "/api/v1/wards/hoa-cuong";

describe("procedure list", () => {
  it("lists every catalogue procedure once across pages, the ward's most asked first", async () => {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: { status: number; body: ProcedurePage } = await get<ProcedurePage>(`${base}/procedures?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      slugs.push(...body.items.map((i) => i.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect([...slugs].sort()).toEqual(catalogue.map((p) => p.slug).sort());
    expect(slugs[0]).toBe("dang-ky-khai-sinh");
  });

  it("filters by field", async () => {
    const { body } = await get<ProcedurePage>(`${base}/procedures?field=chung-thuc&limit=50`);
    expect(body.items.map((i) => i.slug).sort()).toEqual(catalogue.filter((p) => p.field === "chung-thuc").map((p) => p.slug).sort());
  });

  it("ranks by relevance for q, without diacritics, and says which words matched", async () => {
    const { body } = await get<ProcedurePage>(`${base}/procedures?q=${encodeURIComponent("dang ky khai sinh")}`);
    expect(body.items[0]?.slug).toBe("dang-ky-khai-sinh");
    expect(body.items[0]?.matchedTerms).toEqual(expect.arrayContaining(["khai", "sinh"]));
  });

  it("understands residents' words: công chứng, hộ khẩu", async () => {
    expect((await get<ProcedurePage>(`${base}/procedures?q=${encodeURIComponent("công chứng")}`)).body.items[0]?.field).toBe("chung-thuc");
    const hoKhau = (await get<ProcedurePage>(`${base}/procedures?q=${encodeURIComponent("hộ khẩu")}`)).body.items.slice(0, 3).map((i) => i.slug);
    expect(hoKhau).toContain("dang-ky-thuong-tru");
  });

  it.each([
    ["q of 500 characters", `q=${"khai sinh ".repeat(50)}`, 200],
    ["q of only punctuation", `q=${encodeURIComponent("!!! ??? ...")}`, 200],
    ["q over 500 characters", `q=${"a".repeat(501)}`, 400],
    ["an unknown field", "field=dat-dai", 400],
    ["a bad limit", "limit=0", 400],
    ["a bad cursor", "cursor=abc", 400],
  ])("handles %s", async (_name, query, status) => {
    const res = await t.app.inject(`${base}/procedures?${query}`);
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(res.json().message).toEqual(expect.any(String));
  });

  it("answers an unknown ward with 404", async () => {
    expect((await t.app.inject("/api/v1/wards/khong-co/procedures")).statusCode).toBe(404);
  });
});

describe("one procedure", () => {
  it("merges the national content with where to file it in this ward", async () => {
    const { status, body } = await get<ProcedureDetail>(`${base}/procedures/dang-ky-thuong-tru`);
    expect(status).toBe(200);
    const national = catalogue.find((p) => p.slug === "dang-ky-thuong-tru");
    expect(body).toMatchObject({ name: national?.name, channels: national?.channels, documentCases: national?.documentCases });
    // Residence is the police's work: the ward police office, from the ward's own data.
    expect(body.ward.office?.id).toBe(ward.offices.find((o) => o.kind === "police")?.id);
    const birth = (await get<ProcedureDetail>(`${base}/procedures/dang-ky-khai-sinh`)).body;
    expect(birth.ward.office?.kind).toBe("people-committee");
    expect(birth.ward.popularRank).toBe(1);
  });

  it.each([
    ["/procedures/khong-co-thu-tuc", 404],
    ["/procedures/..%2F..%2Fetc%2Fpasswd", 400],
    ["/procedures/Dang-Ky", 400],
  ])("%s → %i", async (path, status) => {
    const res = await t.app.inject(`${base}${path}`);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toEqual(expect.any(String));
  });
});

describe("fields and catalogue", () => {
  it("counts procedures per field", async () => {
    const { body } = await get<ProcedureFieldCounts>(`${base}/procedure-fields`);
    const total = body.items.reduce((sum, f) => sum + f.count, 0);
    expect(total).toBe(catalogue.length);
    expect(body.items.find((f) => f.field === "ho-tich")).toMatchObject({ label: "Hộ tịch", count: catalogue.filter((p) => p.field === "ho-tich").length });
  });

  it("gives the whole catalogue once, then only what changed since", async () => {
    const full = await get<ProcedureCatalogue>(`${base}/procedure-catalogue`);
    expect(full.body.items.length).toBe(catalogue.length);
    expect(full.headers.etag).toBeTruthy();
    const none = await get<ProcedureCatalogue>(`${base}/procedure-catalogue?since=${encodeURIComponent(full.body.generatedAt)}`);
    expect(none.body.items).toEqual([]);
    expect(none.body.slugs.length).toBe(catalogue.length);

    await t.db.query("update procedures set updated_at = now() + interval '1 second', content = jsonb_set(content, '{summary}', '\"Tóm tắt mới.\"') where slug = 'tach-ho'");
    t.app.clearResponseCache();
    const changed = await get<ProcedureCatalogue>(`${base}/procedure-catalogue?since=${encodeURIComponent(full.body.generatedAt)}`);
    expect(changed.body.items.map((p) => p.slug)).toEqual(["tach-ho"]);
    expect(changed.body.items[0]?.summary).toBe("Tóm tắt mới.");
  });

  it("rejects a since that is not a date-time", async () => {
    expect((await t.app.inject(`${base}/procedure-catalogue?since=yesterday`)).statusCode).toBe(400);
  });
});
