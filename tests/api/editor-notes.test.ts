import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./test-app";

// Editors keep research notes (which copy of a text they read, what conflicted) beside the content.
// Residents must never receive them: they read as unofficial and may name non-official copies.
const MARK = "GHI-CHU-BIEN-TAP-CHI-NOI-BO";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.db.query(`update procedures set content = jsonb_set(content, '{editorNotes}', $1::jsonb) where slug = 'dang-ky-khai-sinh'`, [
    JSON.stringify([`${MARK} thủ tục`]),
  ]);
  await t.db.query(`update guides set content = jsonb_set(content, '{editorNotes}', $1::jsonb) where slug = 'vneid-quen-passcode'`, [
    JSON.stringify([`${MARK} hướng dẫn`]),
  ]);
});
afterAll(async () => {
  await t?.close();
});

const body = async (url: string) => {
  const res = await t.app.inject({ method: "GET", url });
  expect(res.statusCode, url).toBe(200);
  return res.body;
};

describe("editors' notes", () => {
  it("are stored with the content", async () => {
    const rows = await t.db.query<{ n: string }>(
      "select count(*)::text as n from procedures where content::text like $1",
      [`%${MARK}%`],
    );
    expect(rows[0]?.n).toBe("1");
  });

  it("never reach a public procedure answer: detail, list, search or offline catalogue", async () => {
    for (const url of [
      "/api/v1/wards/hoa-cuong/procedures/dang-ky-khai-sinh",
      "/api/v1/wards/hoa-cuong/procedures?q=khai%20sinh",
      "/api/v1/wards/hoa-cuong/procedure-catalogue",
    ]) {
      const text = await body(url);
      expect(text, url).not.toContain(MARK);
      expect(text, url).not.toContain("editorNotes");
    }
  });

  it("never reach a public guide answer", async () => {
    const text = await body("/api/v1/wards/hoa-cuong/guides/vneid-quen-passcode");
    expect(text).toContain("passcode");
    expect(text).not.toContain(MARK);
    expect(text).not.toContain("editorNotes");
  });
});
