import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AreaList, Contacts, Team, TeamList } from "../../src/shared/schemas/team";
import demo from "../../src/server/db/seed/demo/hoa-cuong-teams.json";
import { startTestApp, type TestApp } from "./test-app";

let t: TestApp;
const base = "/api/v1/wards/hoa-cuong";
const get = async <T>(url: string) => {
  const res = await t.app.inject(url);
  return { status: res.statusCode, body: res.json<T>(), raw: res.body };
};

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("areas", () => {
  it("lists every area with its former name and the team that covers it", async () => {
    const { body } = await get<AreaList>(`${base}/areas`);
    expect(body.items.length).toBe(demo.areas.length);
    const first = demo.areas[0];
    expect(body.items[0]).toMatchObject({ id: first?.id, name: first?.name, formerName: first?.formerName, teamId: expect.any(String) });
  });

  it("finds areas by the former ward's name, without diacritics", async () => {
    const { body } = await get<AreaList>(`${base}/areas?q=${encodeURIComponent("hoa thuan tay")}`);
    const expected = demo.areas.filter((a) => a.formerWard === "Hòa Thuận Tây").map((a) => a.id);
    expect(body.items.map((a) => a.id)).toEqual(expected);
  });
});

describe("teams", () => {
  it("lists every team with its areas, sessions and leader", async () => {
    const { body } = await get<TeamList>(`${base}/teams`);
    expect(body.items.map((x) => x.id)).toEqual(demo.teams.map((x) => x.id));
    const team = body.items[0];
    expect(team?.areas.map((a) => a.id)).toEqual(demo.teams[0]?.areaIds);
    expect(team?.leader?.role).toBe("to-truong");
    expect(team?.sessions).toEqual(demo.teams[0]?.sessions);
  });

  it("gives the team covering an area", async () => {
    const area = demo.areas[demo.areas.length - 1];
    const owner = demo.teams.find((x) => x.areaIds.includes(area?.id ?? ""));
    const { body } = await get<TeamList>(`${base}/teams?area=${area?.id}`);
    expect(body.items.map((x) => x.id)).toEqual([owner?.id]);
  });

  it("returns a team's members, with phones only where the member agreed", async () => {
    const seeded = demo.teams.find((x) => x.members.some((m) => m.phone && !m.phonePublic));
    const { body } = await get<Team>(`${base}/teams/${seeded?.id}`);
    expect(body.members.map((m) => m.name)).toEqual(seeded?.members.map((m) => m.name));
    for (const member of seeded?.members ?? []) {
      expect(body.members.find((m) => m.name === member.name)?.phone).toBe(member.phonePublic ? member.phone : null);
    }
    expect(body.isDemo).toBe(true);
  });

  it("never lets a phone without consent out through any public route", async () => {
    const hidden = demo.teams.flatMap((x) => x.members).filter((m) => m.phone && !m.phonePublic).map((m) => (m.phone ?? "").replace(/\D/g, ""));
    expect(hidden.length).toBeGreaterThan(0);
    const urls = [
      "/api/v1/wards",
      base,
      `${base}/areas`,
      `${base}/teams`,
      `${base}/contacts`,
      `${base}/announcements?limit=50`,
      ...demo.teams.map((x) => `${base}/teams/${x.id}`),
      ...demo.areas.map((a) => `${base}/teams?area=${a.id}`),
    ];
    for (const url of urls) {
      const { status, raw } = await get(url);
      expect(status, url).toBe(200);
      const digits = raw.replace(/\D/g, "");
      for (const phone of hidden) expect(digits.includes(phone), `${url} leaks ${phone}`).toBe(false);
    }
  });

  it.each([
    [`${base}/teams/khong-co`, 404],
    [`${base}/teams/Team_1`, 400],
    [`${base}/teams?area=khong-co`, 404],
    [`${base}/teams?area=../x`, 400],
    [`${base}/areas?q=${"a".repeat(201)}`, 400],
    ["/api/v1/wards/khong-co/teams", 404],
    ["/api/v1/wards/khong-co/contacts", 404],
  ])("%s → %i with a message", async (url, status) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toEqual(expect.any(String));
  });
});

describe("contacts", () => {
  it("gives the ward's hotline, offices with hours, and the emergency numbers", async () => {
    const { body } = await get<Contacts>(`${base}/contacts`);
    expect(body.offices.some((o) => o.kind === "police")).toBe(true);
    expect(body.emergency.map((e) => e.number)).toEqual(["113", "114", "115"]);
    expect(body.hotline).toBeTruthy();
  });
});
