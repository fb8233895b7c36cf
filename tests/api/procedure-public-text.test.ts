import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProcedureCatalogue, ProcedureDetail } from "../../src/shared/schemas/procedure-api";
import { forbiddenIn, isOfficialHost } from "../support/public-sources";
import { startTestApp, type TestApp } from "./test-app";

// What the real API sends residents, for every procedure: no code host, no news site, no research
// note. Checked on the answers themselves, so a field added later cannot slip past the file tests.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = "/api/v1/wards/hoa-cuong";
const get = async (url: string) => {
  const res = await t.app.inject(url);
  expect(res.statusCode, url).toBe(200);
  return res;
};

/** Every string in a JSON answer, with its path, so a problem names the field it sits in. */
function strings(value: unknown, path = "$"): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe("public procedure answers", () => {
  it("carry no code host, news site or internal wording, in any detail or in the offline catalogue", async () => {
    const catalogue = (await get(`${base}/procedure-catalogue`)).json<ProcedureCatalogue>();
    expect(catalogue.items.length).toBeGreaterThan(0);
    const answers: { url: string; body: unknown }[] = catalogue.items.map((item) => ({
      url: `${base}/procedure-catalogue (${item.slug})`,
      body: item,
    }));
    for (const item of catalogue.items) {
      const url = `${base}/procedures/${item.slug}`;
      answers.push({ url, body: (await get(url)).json<ProcedureDetail>() });
    }
    const list = `${base}/procedures?limit=50`;
    answers.push({ url: list, body: (await get(list)).json() });

    const problems = answers.flatMap(({ url, body }) =>
      strings(body).flatMap(({ path, text }) => forbiddenIn(text).map((p) => `${url} ${path}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });

  it("link sources only to official sites", async () => {
    const catalogue = (await get(`${base}/procedure-catalogue`)).json<ProcedureCatalogue>();
    const wrong = catalogue.items.flatMap((p) =>
      p.sources.filter((s) => s.url !== undefined && !isOfficialHost(s.url)).map((s) => `${p.slug}: ${s.url ?? ""}`),
    );
    expect(wrong).toEqual([]);
  });
});
