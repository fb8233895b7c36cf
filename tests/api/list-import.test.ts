import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spreadsheetEndpoints } from "../../src/shared/api/spreadsheets";
import type { ManagedArea, ManagedTeam } from "../../src/shared/schemas/content-admin";
import type { ImportRejected, ImportReport } from "../../src/shared/schemas/list-import";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

// Issue 18: a ward's lists from its spreadsheets, with a preview, all or nothing, and back out again.

const importUrl = (kind: string, dryRun = false) => `/api/v1${spreadsheetEndpoints.importList.url({ ward: "hoa-cuong", kind })}${dryRun ? "?dryRun=true" : ""}`;
const exportUrl = (file: string, ward = "hoa-cuong") => `/api/v1${spreadsheetEndpoints.exportList.url({ ward, file })}`;

function multipart(bytes: Buffer, filename: string) {
  const boundary = "----cds-test-boundary";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

const csv = (lines: string[][]) => Buffer.from(`\uFEFF${lines.map((l) => l.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n")}\r\n`);
const AREA_HEADER = ["Mã tổ dân phố", "Tên tổ dân phố", "Phường cũ", "Tên cũ", "Đường, kiệt, tên khác", "Mã tổ công nghệ số"];

describe("spreadsheet import and export", () => {
  let t: TestApp;
  let editor: SignedIn;
  let other: SignedIn;
  const upload = (who: SignedIn | null, kind: string, bytes: Buffer, name: string, dryRun = false) => as(t.app, who, { method: "POST", url: importUrl(kind, dryRun), ...multipart(bytes, name) });
  const areas = async () => (await as(t.app, editor, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/areas" })).json<{ items: ManagedArea[] }>().items;
  const teams = async () => (await as(t.app, editor, { method: "GET", url: "/api/v1/wards/hoa-cuong/manage/teams" })).json<{ items: ManagedTeam[] }>().items;
  const auditCount = async () => (await t.db.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'import'"))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestApp();
    await createStaffFixtures(t.db);
    editor = await signIn(t.app, "editor-hc");
    other = await signIn(t.app, "editor-other");
  }, 120_000);
  afterAll(() => t.close());

  it("exports areas as .xlsx and imports the file back: every row unchanged, no version bumped, nothing audited", async () => {
    const before = await areas();
    const res = await as(t.app, editor, { method: "GET", url: exportUrl("areas.xlsx") });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/spreadsheetml/);
    const back = await upload(editor, "areas", res.rawPayload, "to-dan-pho.xlsx");
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<ImportReport>()).toMatchObject({ rows: before.length, created: 0, changed: 0, unchanged: before.length, problems: [] });
    expect(await areas()).toEqual(before);
    expect(await auditCount()).toBe(0);
  });

  it("exports team members as .csv and imports them back unchanged; formula-looking cells are neutralised", async () => {
    const [team] = await teams();
    if (!team) throw new Error("demo ward has teams");
    await t.db.query("update team_members set name = '=HYPERLINK(\"x\")' where team_id = $1 and position = 0", [team.id]);
    const before = await teams();
    const res = await as(t.app, editor, { method: "GET", url: exportUrl("members.csv") });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const back = await upload(editor, "members", Buffer.from(res.body), "thanh-vien.csv");
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<ImportReport>()).toMatchObject({ changed: 0, problems: [] });
    expect(await teams()).toEqual(before);
  });

  it("previews, then applies a new area in one audited change; Vietnamese text and an Excel phone without its 0 survive", async () => {
    const file = csv([AREA_HEADER, ["hc-moi-1", "Tổ dân phố 41", "Hòa Cường Nam", "Tổ 5 cũ", "kiệt 12 Núi Thành; đường Lê Thanh Nghị", "team-htt-1"]]);
    const preview = await upload(editor, "areas", file, "moi.csv", true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<ImportReport>()).toMatchObject({ dryRun: true, created: 1 });
    expect((await areas()).some((a) => a.id === "hc-moi-1")).toBe(false);

    const applied = await upload(editor, "areas", file, "moi.csv");
    expect(applied.json<ImportReport>()).toMatchObject({ dryRun: false, created: 1, changed: 0 });
    expect((await areas()).find((a) => a.id === "hc-moi-1")).toMatchObject({ name: "Tổ dân phố 41", aliases: ["kiệt 12 Núi Thành", "đường Lê Thanh Nghị"], teamId: "team-htt-1" });
    expect(await auditCount()).toBe(1);

    const again = await upload(editor, "areas", file, "moi.csv");
    expect(again.json<ImportReport>()).toMatchObject({ created: 0, changed: 0, unchanged: 1 });
    expect(await auditCount()).toBe(1);

    const [team] = await teams();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Thành viên");
    sheet.addRow(["Mã tổ công nghệ số", "Họ tên", "Vai trò", "Số điện thoại", "Đồng ý công khai số"]);
    sheet.addRow([team?.id, "Lê Thị Hồng Nhung", "Tổ trưởng", 905123456, "Có"]);
    sheet.addRow([team?.id, "Phạm Văn Ước", "tổ viên", "0236 3822 222", ""]);
    const members = await upload(editor, "members", Buffer.from(await workbook.xlsx.writeBuffer()), "thanh-vien.xlsx");
    expect(members.statusCode, members.body).toBe(200);
    expect((await teams()).find((x) => x.id === team?.id)?.members).toEqual([
      { name: "Lê Thị Hồng Nhung", role: "to-truong", phone: "0905123456", phonePublic: true },
      { name: "Phạm Văn Ước", role: "to-vien", phone: "0236 3822 222", phonePublic: false },
    ]);
  });

  it("answers 422 with each bad row's number, column and problem, and writes nothing (not even the good rows)", async () => {
    const beforeAreas = await areas();
    const beforeTeams = await teams();
    const audits = await auditCount();
    const bad = csv([
      AREA_HEADER,
      ["hc-tot-1", "Tổ dân phố 50", "", "", "", ""],
      ["Hc Xau", "Tổ dân phố 51", "", "", "", ""],
      ["hc-tot-2", "", "", "", "", "team-khong-co"],
    ]);
    const res = await upload(editor, "areas", bad, "loi.csv");
    expect(res.statusCode).toBe(422);
    const body = res.json<ImportRejected>();
    expect(body.code).toBe("IMPORT_ROWS_INVALID");
    expect(body.message).toMatch(/chưa ghi gì/);
    expect(body.report?.problems).toEqual([
      { row: 3, column: "Mã tổ dân phố", problem: expect.stringMatching(/Mã "Hc Xau" không hợp lệ/) as unknown },
      { row: 4, column: "Tên tổ dân phố", problem: "Thiếu tên tổ dân phố." },
      { row: 4, column: "Mã tổ công nghệ số", problem: expect.stringMatching(/chưa có tổ công nghệ số mã "team-khong-co"/) as unknown },
    ]);

    const [team] = beforeTeams;
    const badPhone = csv([["Mã tổ công nghệ số", "Họ tên", "Vai trò", "Số điện thoại", "Đồng ý công khai số"], [team?.id ?? "", "Trần Văn A", "Tổ phó", "12345", "Có"], [team?.id ?? "", "Trần Văn B", "Trưởng thôn", "", "Có lẽ"]]);
    const phone = await upload(editor, "members", badPhone, "loi.csv");
    expect(phone.statusCode).toBe(422);
    expect(phone.json<ImportRejected>().report?.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "Số điện thoại"],
      [3, "Vai trò"],
      [3, "Đồng ý công khai số"],
    ]);
    expect(phone.json<ImportRejected>().report?.problems[0]?.problem).toMatch(/Số điện thoại "12345" không hợp lệ/);

    const noHeader = await upload(editor, "areas", csv([["Tên", "Ghi chú"], ["a", "b"]]), "sai-mau.csv");
    expect(noHeader.statusCode).toBe(422);
    expect(noHeader.json<ImportRejected>().report?.problems[0]).toMatchObject({ row: 1, column: "Mã tổ dân phố" });

    expect(await areas()).toEqual(beforeAreas);
    expect(await teams()).toEqual(beforeTeams);
    expect(await auditCount()).toBe(audits);
  });

  it("reads the file type from its bytes: a picture named .csv, or a CSV not in UTF-8, is refused", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex");
    expect((await upload(editor, "areas", png, "to.csv")).statusCode).toBe(415);
    const latin = Buffer.from([0x4d, 0xe3, 0x20, 0x74, 0xf4, 0x0a]);
    const res = await upload(editor, "areas", latin, "to.csv");
    expect(res.statusCode).toBe(415);
    expect(res.json<{ message: string }>().message).toMatch(/CSV UTF-8/);
  });

  it("is for staff of that ward: 401 signed out, 403 for another ward's editor and without the CSRF token", async () => {
    const file = csv([AREA_HEADER, ["hc-la-1", "Tổ dân phố 60", "", "", "", ""]]);
    expect((await upload(null, "areas", file, "a.csv")).statusCode).toBe(401);
    expect((await upload(other, "areas", file, "a.csv")).statusCode).toBe(403);
    expect((await upload(other, "nonsense", file, "a.csv")).statusCode).toBe(403);
    expect((await t.app.inject({ method: "POST", url: importUrl("areas"), ...multipart(file, "a.csv"), headers: { ...multipart(file, "a.csv").headers, cookie: editor.cookie } })).statusCode).toBe(403);
    expect((await as(t.app, null, { method: "GET", url: exportUrl("areas.xlsx") })).statusCode).toBe(401);
    expect((await as(t.app, other, { method: "GET", url: exportUrl("members.csv") })).statusCode).toBe(403);
    expect((await areas()).some((a) => a.id === "hc-la-1")).toBe(false);
  });

  it("imports a 5,000-row file in one go within seconds, and the same file again changes nothing", async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [`hc-lon-${i + 1}`, `Tổ dân phố ${i + 101}`, "Hòa Cường Bắc", "", `kiệt ${i + 1} Núi Thành`, ""]);
    const file = csv([AREA_HEADER, ...rows]);
    const started = performance.now();
    const res = await upload(editor, "areas", file, "lon.csv");
    const elapsed = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({ rows: 5_000, created: 5_000, problems: [] });
    // Generous for a shared 2-core machine; on a quiet one it takes a few seconds.
    expect(elapsed).toBeLessThan(15_000);
    const again = await upload(editor, "areas", file, "lon.csv");
    expect(again.json<ImportReport>()).toMatchObject({ created: 0, changed: 0, unchanged: 5_000 });
  }, 90_000);
});
