import { activeTab } from "./shell/bottom-nav";
import { allScreens, screenAt, screens } from "./screens";

describe("screen registry", () => {
  it("builds links from a screen's pattern, encoding each part", () => {
    expect(screens.home.to()).toBe("/");
    expect(screens.procedure.to({ slug: "dang-ky-khai-sinh" })).toBe("/procedures/dang-ky-khai-sinh");
    expect(screens.guideAssist.to({ slug: "vneid-muc-1" })).toBe("/guides/vneid-muc-1/assist");
    expect(screens.guide.to({ slug: "vneid-muc-1" }, { step: 3 })).toBe("/guides/vneid-muc-1?step=3");
    expect(screens.myRequest.to({ code: "PA 12/3" })).toBe("/requests/mine/PA%2012%2F3");
    expect(screens.search.to({ q: "khai sinh" })).toBe("/search?q=khai%20sinh");
    expect(screens.search.to({ q: undefined })).toBe("/search");
    expect(screens.newRequest.to({})).toBe("/requests/new");
    expect(screens.newRequest.to({ step: "kind" }, { kind: "question" })).toBe("/requests/new/kind?kind=question");
  });

  it("finds the screen the router shows, fixed paths before parameters", () => {
    expect(screenAt("/procedures/saved")?.name).toBe("savedProcedures");
    expect(screenAt("/procedures/cap-ban-sao")?.name).toBe("procedure");
    expect(screenAt("/requests/new")?.name).toBe("newRequest");
    expect(screenAt("/requests/new/text")?.params.step).toBe("text");
    expect(screenAt("/khong-co")?.name).toBe("notFound");
  });

  it("opens every screen a link can build (no pattern leads to the not-found page)", () => {
    for (const [name, s] of allScreens()) {
      if (name === "notFound") continue;
      const sample = s.path.replace(/:(\w+)\??/g, "x");
      expect(screenAt(sample)?.name).toBe(name);
    }
  });

  it("marks the tab of screens that live outside their area's path", () => {
    expect(activeTab("/")).toBe("/");
    expect(activeTab("/announcements/3")).toBe("/");
    expect(activeTab("/procedures/field/ho-tich")).toBe("/procedures");
    expect(activeTab("/guides/vneid-muc-1")).toBe("/vneid");
    expect(activeTab("/guides/lua-dao-qua-mang")).toBe("/qr-payment");
    expect(activeTab("/about")).toBe("");
  });
});
