import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spreadsheetEndpoints } from "../../src/shared/api/spreadsheets";
import type { ManagedArea } from "../../src/shared/schemas/content-admin";
import type { ImportRejected, ImportReport } from "../../src/shared/schemas/list-import";
import type { SearchResult } from "../../src/shared/schemas/search";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Issues 15, 16, 18: areas carry the streets and kiệt residents know, edited in the console
// (versioned, audited, checked), imported and exported with the spreadsheet, found by search.
// The streets here are test data: the demo ward's own areas have none.

const W = "/api/v1/wards/hoa-cuong";
const importUrl = (dryRun = false) => `/api/v1${spreadsheetEndpoints.importList.url({ ward: "hoa-cuong", kind: "areas" })}${dryRun ? "?dryRun=true" : ""}`;
const exportUrl = `/api/v1${spreadsheetEndpoints.exportList.url({ ward: "hoa-cuong", file: "areas.xlsx" })}`;
const HEADER = ["Mã tổ dân phố", "Tên tổ dân phố", "Phường cũ", "Tên cũ", "Đường, kiệt", "Tên gọi khác", "Mã tổ công nghệ số"];

function multipart(bytes: Buffer, filename: string) {
  const boundary = "----cds-streets-boundary";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tổ dân phố");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("areas with their streets and kiệt", () => {
  let t: TestApp;
  let editor: SignedIn;
  const areas = async () => (await as(t.app, editor, { method: "GET", url: `${W}/manage/areas` })).json<{ items: ManagedArea[] }>().items;
  const area = async (id: string) => (await areas()).find((a) => a.id === id);
  const upload = (bytes: Buffer, dryRun = false) => as(t.app, editor, { method: "POST", url: importUrl(dryRun), ...multipart(bytes, "to-dan-pho.xlsx") });
  const search = async (q: string) => (await t.app.inject(`${W}/search?q=${encodeURIComponent(q)}`)).json<SearchResult>();

  beforeAll(async () => {
    t = await startTestApp();
    await createStaffFixtures(t.db);
    editor = await signIn(t.app, "editor-hc");
  }, 120_000);
  afterAll(() => t.close());

  it("the demo ward's areas carry no invented streets", async () => {
    expect((await areas()).every((a) => a.streets.length === 0)).toBe(true);
  });

  it("an editor saves streets: tidied (trimmed, repeats dropped), versioned and audited; residents find the area by a street", async () => {
    const stored = await area("htt-5");
    if (!stored) throw new Error("demo area htt-5");
    const res = await as(t.app, editor, {
      method: "PUT",
      url: `${W}/areas/htt-5`,
      payload: { ...stored, streets: ["  kiệt 45   Trưng Nữ Vương ", "", "Kiệt 45 Trưng Nữ Vương", "đường Núi Thành"] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ManagedArea>()).toMatchObject({ streets: ["kiệt 45 Trưng Nữ Vương", "đường Núi Thành"], version: (stored.version ?? 0) + 1 });
    const [audit] = await t.db.query<{ after: { streets: string[] } }>("select after from audit_log where entity = 'area' and entity_id = 'htt-5' order by id desc limit 1");
    expect(audit?.after.streets).toEqual(["kiệt 45 Trưng Nữ Vương", "đường Núi Thành"]);

    // The same version again is a conflict, not a silent overwrite.
    const stale = await as(t.app, editor, { method: "PUT", url: `${W}/areas/htt-5`, payload: { ...stored, streets: [] } });
    expect(stale.statusCode).toBe(409);

    const picked = (await t.app.inject(`${W}/areas?q=${encodeURIComponent("kiet 45 trung nu vuong")}`)).json<{ items: { id: string; streets: string[] }[] }>().items;
    expect(picked.map((a) => a.id)).toEqual(["htt-5"]);
    expect(picked[0]?.streets).toEqual(["kiệt 45 Trưng Nữ Vương", "đường Núi Thành"]);
  });

  it("refuses too many or too long streets with a Vietnamese message, and keeps what was stored", async () => {
    const stored = await area("htt-5");
    if (!stored) throw new Error("demo area htt-5");
    const many = await as(t.app, editor, { method: "PUT", url: `${W}/areas/htt-5`, payload: { ...stored, streets: Array.from({ length: 51 }, (_, i) => `kiệt ${i + 1} Núi Thành`) } });
    expect(many.statusCode).toBe(422);
    expect(many.json<{ code: string; message: string }>()).toMatchObject({ code: "INVALID_STREETS", message: expect.stringMatching(/tối đa 50/) as unknown });
    const long = await as(t.app, editor, { method: "PUT", url: `${W}/areas/htt-5`, payload: { ...stored, streets: ["kiệt ".repeat(20)] } });
    expect(long.statusCode).toBe(422);
    expect(long.json<{ message: string }>().message).toMatch(/dài quá 80 ký tự/);
    expect((await area("htt-5"))?.streets).toEqual(stored.streets);
  });

  it("the home search finds the area and its team by a street, and says which street", async () => {
    for (const q of ["kiệt 45 Trưng Nữ Vương", "kiet 45 trung nu vuong", "K45 Trưng Nữ Vương"]) {
      const { items } = await search(q);
      expect(items[0], q).toMatchObject({ kind: "area", id: "htt-5", title: "Tổ dân phố 5 · kiệt 45 Trưng Nữ Vương" });
      expect(items.find((i) => i.kind === "team")?.snippet, q).toBe("Hỗ trợ Tổ dân phố 5 · kiệt 45 Trưng Nữ Vương");
    }
    expect((await search("nui thanh")).items.find((i) => i.id === "htt-5")?.title).toBe("Tổ dân phố 5 · đường Núi Thành");
  });

  it("imports the 'Đường, kiệt' column from .xlsx (';' between streets), exports it, and a re-import changes nothing", async () => {
    const file = await xlsx([HEADER, ["hc-duong-1", "Tổ dân phố 60", "Hòa Cường Nam", "", "kiệt 12 Lê Thanh Nghị; K7 Núi Thành;đường Lê Thanh Nghị", "", "team-htt-1"]]);
    const preview = await upload(file, true);
    expect(preview.json<ImportReport>()).toMatchObject({ dryRun: true, created: 1, problems: [] });
    const applied = await upload(file);
    expect(applied.statusCode, applied.body).toBe(200);
    expect((await area("hc-duong-1"))?.streets).toEqual(["kiệt 12 Lê Thanh Nghị", "K7 Núi Thành", "đường Lê Thanh Nghị"]);
    expect((await search("kiet 7 nui thanh")).items[0]).toMatchObject({ kind: "area", id: "hc-duong-1", title: "Tổ dân phố 60 · K7 Núi Thành" });

    const exported = await as(t.app, editor, { method: "GET", url: exportUrl });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(HEADER);
    const streetsColumn = HEADER.indexOf("Đường, kiệt") + 1;
    const rowOf = (id: string) => sheet?.getRows(2, sheet.rowCount)?.find((r) => r.getCell(1).text === id);
    expect(rowOf("hc-duong-1")?.getCell(streetsColumn).text).toBe("kiệt 12 Lê Thanh Nghị; K7 Núi Thành; đường Lê Thanh Nghị");
    expect(rowOf("htt-5")?.getCell(streetsColumn).text).toBe("kiệt 45 Trưng Nữ Vương; đường Núi Thành");

    const before = await areas();
    const back = await upload(exported.rawPayload);
    expect(back.json<ImportReport>()).toMatchObject({ created: 0, changed: 0, unchanged: before.length, problems: [] });
    expect(await areas()).toEqual(before);
  });

  it("a bad street cell is a row problem and nothing is written", async () => {
    const before = await areas();
    const file = await xlsx([
      HEADER,
      ["hc-duong-2", "Tổ dân phố 61", "", "", "kiệt 3 Núi Thành", "", ""],
      ["hc-duong-3", "Tổ dân phố 62", "", "", `kiệt 5 ${"Trưng Nữ Vương ".repeat(8)}`, "", ""],
      ["hc-duong-4", "Tổ dân phố 63", "", "", Array.from({ length: 51 }, (_, i) => `kiệt ${i + 1}`).join(";"), "", ""],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    expect(res.json<ImportRejected>().report?.problems).toEqual([
      { row: 3, column: "Đường, kiệt", problem: expect.stringMatching(/dài quá 80 ký tự/) as unknown },
      { row: 4, column: "Đường, kiệt", problem: expect.stringMatching(/tối đa 50/) as unknown },
    ]);
    expect(await areas()).toEqual(before);
  });

  it("a file from before the streets column keeps the streets stored (its 'Đường, kiệt, tên khác' are read as other names)", async () => {
    const file = await xlsx([
      ["Mã tổ dân phố", "Tên tổ dân phố", "Phường cũ", "Tên cũ", "Đường, kiệt, tên khác", "Mã tổ công nghệ số"],
      ["hc-duong-1", "Tổ dân phố 60", "Hòa Cường Nam", "", "chợ Hòa Cường", "team-htt-1"],
    ]);
    const res = await upload(file);
    expect(res.statusCode, res.body).toBe(200);
    expect(await area("hc-duong-1")).toMatchObject({ aliases: ["chợ Hòa Cường"], streets: ["kiệt 12 Lê Thanh Nghị", "K7 Núi Thành", "đường Lê Thanh Nghị"] });
  });
});
