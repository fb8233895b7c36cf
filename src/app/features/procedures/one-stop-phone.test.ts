import { describe, expect, it } from "vitest";
import type { Office, Ward } from "../../../shared/schemas/ward";
import { oneStopPhone } from "./one-stop-phone";

const office = (over: Partial<Office>): Office => ({
  id: "o", kind: "people-committee", name: "UBND phường", address: "1 Nơi nào đó", phone: null, hours: [], note: null, ...over,
});
const ward = (offices: Office[], hotline: string | null): Ward => ({
  slug: "p", name: "Phường", province: "Tỉnh", isDemo: true, formerUnits: [], hotline, zaloOaId: null, cityChannel: null,
  branding: { title: "P", color: "#000000", logoUrl: null }, offices, updatedAt: "2026-12-01T00:00:00.000Z", version: 1, reviewPeriodDays: 180, holidays: [],
});
const part = (o: Office | null) => ({ office: o, note: null, popularRank: null });

describe("oneStopPhone", () => {
  it("prefers the office the procedure is filed at", () => {
    const police = office({ id: "ca", kind: "police", phone: "069 111 222" });
    expect(oneStopPhone(part(police), ward([office({ phone: "0236 000 0000" })], "1900"))).toBe("069 111 222");
  });

  it("falls back to the first People's Committee office that has a phone, not the police", () => {
    const w = ward([office({ id: "a" }), office({ id: "ca", kind: "police", phone: "069 111 222" }), office({ id: "b", phone: "0236 000 0000" })], "0236 999 9999");
    expect(oneStopPhone(part(office({ id: "a" })), w)).toBe("0236 000 0000");
  });

  it("then to the ward's hotline, and to nothing when none is published or the ward is not loaded", () => {
    expect(oneStopPhone(part(null), ward([office({})], "0236 999 9999"))).toBe("0236 999 9999");
    expect(oneStopPhone(part(null), ward([], null))).toBeNull();
    expect(oneStopPhone(part(null), null)).toBeNull();
  });
});
