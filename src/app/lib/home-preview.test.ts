import { describe, expect, it } from "vitest";
import { HOME_PREVIEW_TILES } from "../../shared/home-preview";
import { TILE_SCREENS } from "../screens";
import { appHasTakenOver } from "./home-preview-swap";

describe("the server-drawn home (src/shared/home-preview.ts)", () => {
  it("has the app's tiles: same places, titles and descriptions, in the same order", () => {
    expect(HOME_PREVIEW_TILES.map(({ path, title, description }) => ({ path, title, description }))).toEqual(
      TILE_SCREENS.map(({ path, tile }) => ({ path, title: tile.title, description: tile.description })),
    );
  });

  it("stays until the app's home has its name and announcements, not while they are skeletons", () => {
    const app = document.createElement("div");
    app.innerHTML = `<div class="zaui-page home-page"><div role="status"></div><section aria-labelledby="latest-title"><div role="status"></div></section></div>`;
    expect(appHasTakenOver(app)).toBe(false);
    app.innerHTML = `<div class="zaui-page home-page"><h1>Phường</h1><section aria-labelledby="latest-title"><div role="status"></div></section></div>`;
    expect(appHasTakenOver(app)).toBe(false);
    app.innerHTML = `<div class="zaui-page home-page"><h1>Phường</h1><section aria-labelledby="latest-title"><a class="announcement-card"></a></section></div>`;
    expect(appHasTakenOver(app)).toBe(true);
    app.innerHTML = `<div class="zaui-page page"><h1>Thông báo</h1></div>`;
    expect(appHasTakenOver(app)).toBe(true);
  });
});
