import { afterEach, describe, expect, it } from "vitest";
import { resetBootAnswers, takeBootAnswer } from "./boot-data";

function pageWithBoot(json: string): void {
  document.body.innerHTML = `<script id="cds-boot" type="application/json"></script>`;
  const slot = document.getElementById("cds-boot");
  if (slot) slot.textContent = json;
  resetBootAnswers();
}

afterEach(() => {
  document.body.innerHTML = "";
  resetBootAnswers();
});

describe("answers inlined into the page", () => {
  it("serve every request of their key while the page is young, not only the first", () => {
    pageWithBoot(JSON.stringify({ "/wards/hoa-cuong": { name: "Phường Hòa Cường" } }));
    expect(takeBootAnswer("/wards/hoa-cuong", 100)).toEqual({ name: "Phường Hòa Cường" });
    expect(takeBootAnswer("/wards/hoa-cuong", 900)).toEqual({ name: "Phường Hòa Cường" });
    expect(takeBootAnswer("/wards/other", 900)).toBeUndefined();
  });

  it("are never used once the page is older than a few seconds: later requests go to the network", () => {
    pageWithBoot(JSON.stringify({ "/wards/hoa-cuong": { name: "Phường Hòa Cường" } }));
    expect(takeBootAnswer("/wards/hoa-cuong", 11_000)).toBeUndefined();
    expect(takeBootAnswer("/wards/hoa-cuong", 100)).toBeUndefined();
  });

  it("are none when the page has no slot (inside Zalo) or a broken one", () => {
    document.body.innerHTML = "";
    resetBootAnswers();
    expect(takeBootAnswer("/wards/hoa-cuong", 100)).toBeUndefined();
    pageWithBoot("{not json");
    expect(takeBootAnswer("/wards/hoa-cuong", 100)).toBeUndefined();
  });
});
