import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GuideDetail, GuideList } from "../../src/shared/schemas/guide-api";
import type { Ward } from "../../src/shared/schemas/ward";
import { loadGuideCatalogue } from "../../src/server/db/seed/catalogue/load-guides";
import { forbiddenIn, sourceProblem } from "../support/public-sources";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
const catalogue = loadGuideCatalogue();
const base = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("guides", () => {
  it("lists every guide, VNeID first, with its number of steps", async () => {
    const res = await t.app.inject(`${base}/guides`);
    expect(res.statusCode).toBe(200);
    const { items } = res.json<GuideList>();
    expect(items.map((g) => g.slug).sort()).toEqual(catalogue.map((g) => g.slug).sort());
    expect(items[0]?.topic).toBe("vneid");
    const level1 = catalogue.find((g) => g.slug === "vneid-dang-ky-muc-1");
    expect(items.find((g) => g.slug === "vneid-dang-ky-muc-1")?.stepCount).toBe(level1?.steps.length);
  });

  it("filters by topic", async () => {
    const { items } = (await t.app.inject(`${base}/guides?topic=scam`)).json<GuideList>();
    expect(items.length).toBe(catalogue.filter((g) => g.topic === "scam").length);
    expect(items.every((g) => g.topic === "scam")).toBe(true);
  });

  it("returns a guide with its sources and the ward's police office from the ward's data", async () => {
    const ward = (await t.app.inject(`${base}`)).json<Ward>();
    const res = await t.app.inject(`${base}/guides/vneid-lam-muc-2-tai-cong-an`);
    expect(res.statusCode).toBe(200);
    const guide = res.json<GuideDetail>();
    const national = catalogue.find((g) => g.slug === "vneid-lam-muc-2-tai-cong-an");
    expect(guide.steps).toEqual(national?.steps);
    expect(guide.sources.length).toBeGreaterThan(0);
    expect(guide.ward.policeOffice).toEqual(ward.offices.find((o) => o.kind === "police"));
    expect(guide.ward.hotline).toBe(ward.hotline);
  });

  it("answers every topic the app lists, each with its own guides", async () => {
    for (const topic of ["vneid", "online-services", "qr-payment", "bank-sim", "scam"]) {
      const res = await t.app.inject(`${base}/guides?topic=${topic}`);
      expect(res.statusCode, topic).toBe(200);
      const { items } = res.json<GuideList>();
      expect(items.length, topic).toBeGreaterThan(0);
      expect(items.every((g) => g.topic === topic), topic).toBe(true);
    }
  });

  it("sends residents, in the list and in every guide, only official sources and no research notes", async () => {
    const list = await t.app.inject(`${base}/guides`);
    const bodies = [list.body];
    const problems: string[] = [];
    for (const { slug } of list.json<GuideList>().items) {
      const res = await t.app.inject(`${base}/guides/${slug}`);
      expect(res.statusCode, slug).toBe(200);
      bodies.push(res.body);
      for (const source of res.json<GuideDetail>().sources) {
        const problem = sourceProblem(source);
        if (problem !== null) problems.push(`${slug}: ${problem}`);
      }
    }
    expect(bodies.length).toBe(catalogue.length + 1);
    expect(problems).toEqual([]);
    const hits = bodies.flatMap((text, i) => [...forbiddenIn(text), ...(text.includes("editorNotes") ? ["editorNotes"] : [])].map((w) => `answer ${i}: ${w}`));
    expect(hits).toEqual([]);
  });

  it.each([
    [`${base}/guides?topic=khac`, 400],
    [`${base}/guides?topic=vneid&x=1`, 400],
    [`${base}/guides/khong-co-huong-dan`, 404],
    [`${base}/guides/..%2Fsecret`, 400],
    ["/api/v1/wards/khong-co/guides", 404],
    ["/api/v1/wards/khong-co/guides/vneid-quen-passcode", 404],
  ])("%s → %i with a message", async (url, status) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toEqual(expect.any(String));
  });
});
