import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManagedAnnouncement } from "../../src/shared/schemas/announcement-admin";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// What staff can change must be gone from a phone on its next open: those answers may be kept but
// never reused without asking (max-age=0, must-revalidate), and the ETag makes asking cheap (304).

let t: TestApp;
let editor: SignedIn;
const W = "/api/v1/wards/hoa-cuong";

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: "100000" });
  await createStaffFixtures(t.db);
  editor = await signIn(t.app, "editor-hc");
});
afterAll(async () => {
  await t?.close();
});

const REVALIDATE = /max-age=0.*must-revalidate|must-revalidate.*max-age=0|no-cache/;

describe("answers staff can change revalidate on every open", () => {
  it.each([`${W}`, `${W}/announcements`, `${W}/teams`, `${W}/areas`])("%s: revalidate, with an ETag and a 304 when unchanged", async (url) => {
    const first = await t.app.inject(url);
    expect(first.statusCode).toBe(200);
    expect(first.headers["cache-control"]).toMatch(REVALIDATE);
    expect(first.headers["cache-control"]).not.toMatch(/stale-while-revalidate/);
    const again = await t.app.inject({ url, headers: { "if-none-match": String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it("a withdrawn announcement is gone on the next open, list and detail", async () => {
    const draft = (await as(t.app, editor, { method: "POST", url: `${W}/announcements`, payload: { title: "Sắp gỡ", body: "Nội dung sai", category: "notice" } })).json<ManagedAnnouncement>();
    const published = (await as(t.app, editor, { method: "POST", url: `${W}/announcements/${draft.id}/publish`, payload: { version: draft.version } })).json<ManagedAnnouncement>();
    const detail = await t.app.inject(`${W}/announcements/${draft.id}`);
    const list = await t.app.inject(`${W}/announcements`);
    expect(detail.statusCode).toBe(200);
    expect(detail.headers["cache-control"]).toMatch(REVALIDATE);
    await as(t.app, editor, { method: "POST", url: `${W}/announcements/${draft.id}/withdraw`, payload: { version: published.version } });
    const detailAgain = await t.app.inject({ url: `${W}/announcements/${draft.id}`, headers: { "if-none-match": String(detail.headers.etag) } });
    expect(detailAgain.statusCode).toBe(404);
    const listAgain = await t.app.inject({ url: `${W}/announcements`, headers: { "if-none-match": String(list.headers.etag) } });
    expect(listAgain.statusCode).toBe(200);
    expect(listAgain.body).not.toContain("Sắp gỡ");
  });
});
